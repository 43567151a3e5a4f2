# generated from specs/joy/openapi.yaml — do not edit
"""What the shared runtime needs to know about this vendor, compiled from specs/joy/openapi.yaml:
default base URL and its environment variable, accepted credentials, error envelope, retry hints, where the
request id is, and this package's name and version."""

from loyalty_runtime.vendor import VendorSpec

VENDOR = VendorSpec.from_dict(
    {
        "key": "joy",
        "title": "Joy Loyalty REST API v1 - point activities",
        "base_url": "https://api.joy.so",
        "security": [
            [
                {
                    "name": "joyAppKey",
                    "kind": "header",
                    "credentials": [{"kwarg": "app_key", "env": "JOY_APP_KEY"}],
                    "header": "X-Joy-Loyalty-App-Key",
                },
                {
                    "name": "joySecretKey",
                    "kind": "header",
                    "credentials": [{"kwarg": "secret_key", "env": "JOY_SECRET_KEY"}],
                    "header": "X-Joy-Loyalty-Secret-Key",
                },
            ]
        ],
        "envelope": {"code": ["/error/code"], "message": ["/error/message", "/error", "/message"]},
        "retry_after": [{"header": "Retry-After", "format": "delay-seconds-or-http-date"}],
        "base_url_env": "JOY_BASE_URL",
        "request_id": {"header": "Function-Execution-Id"},
        "package": "loyalty-joy",
        "version": "0.1.0",
    }
)
