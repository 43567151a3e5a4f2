# generated from specs/yuko/openapi.yaml — do not edit
"""What the shared runtime needs to know about this vendor, compiled from specs/yuko/openapi.yaml:
default base URL and its environment variable, accepted credentials, error envelope, retry hints, where the
request id is, and this package's name and version."""

from loyalty_runtime.vendor import VendorSpec

VENDOR = VendorSpec.from_dict(
    {
        "key": "yuko",
        "title": "Yuko Public REST API (customer activities)",
        "base_url": "https://api.yukoapp.com/api/v1",
        "security": [
            [{"name": "bearerAuth", "kind": "bearer", "credentials": [{"kwarg": "token", "env": "YUKO_API_TOKEN"}]}]
        ],
        "envelope": {"code": [], "message": ["/message"]},
        "retry_after": [],
        "base_url_env": "YUKO_BASE_URL",
        "request_id": {},
        "package": "loyalty-yuko",
        "version": "0.1.0",
    }
)
