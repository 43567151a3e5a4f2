# generated from specs/capillary/openapi.yaml — do not edit
"""What the shared runtime needs to know about this vendor, compiled from specs/capillary/openapi.yaml:
default base URL and its environment variable, accepted credentials, error envelope, retry hints, where the
request id is, and this package's name and version."""

from loyalty_runtime.vendor import VendorSpec

VENDOR = VendorSpec.from_dict(
    {
        "key": "capillary",
        "title": "Capillary Loyalty Events API",
        "base_url": "https://eu.api.capillarytech.com/v2",
        "security": [
            [
                {
                    "name": "basicAuth",
                    "kind": "basic",
                    "credentials": [
                        {"kwarg": "username", "env": "CAPILLARY_USERNAME"},
                        {"kwarg": "password", "env": "CAPILLARY_PASSWORD", "transform": "md5_hex"},
                    ],
                }
            ],
            [
                {
                    "name": "oauthToken",
                    "kind": "header",
                    "credentials": [{"kwarg": "oauth_token", "env": "CAPILLARY_OAUTH_TOKEN"}],
                    "header": "X-CAP-API-OAUTH-TOKEN",
                }
            ],
        ],
        "envelope": {
            "code": ["/errors/0/code"],
            "message": ["/errors/0/message"],
            "errors_on_success": "/errors",
            "warnings": "/warnings",
            "status_by_code": {"8015": 404, "8069": 409, "814": 404},
        },
        "retry_after": [{"header": "Retry-After", "format": "delay-seconds-or-http-date"}],
        "base_url_env": "CAPILLARY_BASE_URL",
        "request_id": {},
        "package": "loyalty-capillary",
        "version": "0.1.0",
    }
)
