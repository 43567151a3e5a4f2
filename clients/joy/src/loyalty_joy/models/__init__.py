# generated from specs/joy/openapi.yaml — do not edit
"""Contains all the data models used in inputs/outputs"""

from .activity_event import ActivityEvent
from .activity_source import ActivitySource
from .activity_type import ActivityType
from .customer_activity import CustomerActivity
from .customer_activity_page import CustomerActivityPage
from .earn_by import EarnBy
from .error_code import ErrorCode
from .error_detail import ErrorDetail
from .error_details import ErrorDetails
from .error_envelope import ErrorEnvelope
from .error_message_envelope import ErrorMessageEnvelope
from .page_info import PageInfo

__all__ = (
    "ActivityEvent",
    "ActivitySource",
    "ActivityType",
    "CustomerActivity",
    "CustomerActivityPage",
    "EarnBy",
    "ErrorCode",
    "ErrorDetail",
    "ErrorDetails",
    "ErrorEnvelope",
    "ErrorMessageEnvelope",
    "PageInfo",
)
