# generated from specs/appy_stamp/openapi.yaml — do not edit
"""What the shared runtime needs to know about this vendor, compiled from specs/appy_stamp/openapi.yaml:
default base URL and its environment variable, accepted credentials, error envelope, retry hints, where the
request id is, and this package's name and version."""

from loyalty_runtime.vendor import VendorSpec

VENDOR = VendorSpec.from_dict(
    {
        "key": "appy_stamp",
        "title": "Appy Stamp REST API — customer activities and earn rules",
        "base_url": "https://stamp.appydesign.io/rest_api/v1",
        "security": [
            [
                {
                    "name": "ApiKey",
                    "kind": "header",
                    "credentials": [{"kwarg": "api_key", "env": "APPY_STAMP_API_KEY"}],
                    "header": "X-Api-Key",
                },
                {
                    "name": "ApiSecret",
                    "kind": "header",
                    "credentials": [{"kwarg": "api_secret", "env": "APPY_STAMP_API_SECRET"}],
                    "header": "X-Api-Secret",
                },
            ]
        ],
        "envelope": {"code": ["/error/code"], "message": ["/error/message"]},
        "retry_after": [],
        "base_url_env": "APPY_STAMP_BASE_URL",
        "request_id": {},
        "package": "loyalty-appy-stamp",
        "version": "0.1.0",
    }
)
