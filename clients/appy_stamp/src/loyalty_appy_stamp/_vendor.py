# generated from specs/appy_stamp/openapi.yaml — do not edit
"""What the shared runtime needs to know about this vendor, compiled from specs/appy_stamp/openapi.yaml:
default base URL, accepted credentials, error envelope and retry hints."""

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
    }
)
