# generated from specs/voucherify/openapi.yaml — do not edit
"""What the shared runtime needs to know about this vendor, compiled from specs/voucherify/openapi.yaml:
default base URL and its environment variable, accepted credentials, error envelope, retry hints, where the
request id is, and this package's name and version."""

from loyalty_runtime.vendor import VendorSpec

VENDOR = VendorSpec.from_dict(
    {
        "key": "voucherify",
        "title": "Voucherify API — customer activity",
        "base_url": "https://api.voucherify.io",
        "security": [
            [
                {
                    "name": "appId",
                    "kind": "header",
                    "credentials": [{"kwarg": "app_id", "env": "VOUCHERIFY_APP_ID"}],
                    "header": "X-App-Id",
                },
                {
                    "name": "appToken",
                    "kind": "header",
                    "credentials": [{"kwarg": "app_token", "env": "VOUCHERIFY_APP_TOKEN"}],
                    "header": "X-App-Token",
                },
            ],
            [
                {
                    "name": "oauthToken",
                    "kind": "bearer",
                    "credentials": [{"kwarg": "oauth_token", "env": "VOUCHERIFY_OAUTH_TOKEN"}],
                }
            ],
        ],
        "envelope": {"code": ["/key"], "message": ["/message", "/details"]},
        "retry_after": [
            {"header": "Retry-After", "format": "delay-seconds-or-http-date"},
            {"header": "X-Rate-Limit-Retry", "format": "epoch-seconds"},
        ],
        "base_url_env": "VOUCHERIFY_BASE_URL",
        "request_id": {"error_body": ["/request_id"]},
        "package": "loyalty-voucherify",
        "version": "0.1.0",
    }
)
