# generated from specs/voucherify/openapi.yaml — do not edit
"""Contains all the data models used in inputs/outputs"""

from .activity_category import ActivityCategory
from .activity_order import ActivityOrder
from .campaign_type import CampaignType
from .customer_activity import CustomerActivity
from .customer_activity_data import CustomerActivityData
from .customer_activity_details import CustomerActivityDetails
from .customer_activity_page import CustomerActivityPage
from .customer_activity_type import CustomerActivityType
from .customer_event_type_filter import CustomerEventTypeFilter
from .error_custom_message import ErrorCustomMessage
from .error_key import ErrorKey
from .error_response import ErrorResponse
from .event_source import EventSource
from .event_source_api_key import EventSourceApiKey
from .event_source_channel import EventSourceChannel
from .event_source_user import EventSourceUser
from .list_object import ListObject
from .rate_limit_type import RateLimitType

__all__ = (
    "ActivityCategory",
    "ActivityOrder",
    "CampaignType",
    "CustomerActivity",
    "CustomerActivityData",
    "CustomerActivityDetails",
    "CustomerActivityPage",
    "CustomerActivityType",
    "CustomerEventTypeFilter",
    "ErrorCustomMessage",
    "ErrorKey",
    "ErrorResponse",
    "EventSource",
    "EventSourceApiKey",
    "EventSourceChannel",
    "EventSourceUser",
    "ListObject",
    "RateLimitType",
)
