# generated from specs/yuko/openapi.yaml — do not edit
"""Contains all the data models used in inputs/outputs"""

from .activity_metadata import ActivityMetadata
from .activity_source_type import ActivitySourceType
from .activity_source_type_filter import ActivitySourceTypeFilter
from .activity_type import ActivityType
from .customer_activity import CustomerActivity
from .customer_activity_page import CustomerActivityPage
from .entry_type import EntryType
from .error_response import ErrorResponse
from .page_meta import PageMeta
from .pagination_meta import PaginationMeta

__all__ = (
    "ActivityMetadata",
    "ActivitySourceType",
    "ActivitySourceTypeFilter",
    "ActivityType",
    "CustomerActivity",
    "CustomerActivityPage",
    "EntryType",
    "ErrorResponse",
    "PageMeta",
    "PaginationMeta",
)
