# generated from specs/capillary/openapi.yaml — do not edit
"""Contains all the data models used in inputs/outputs"""

from .api_message import ApiMessage
from .error_code import ErrorCode
from .error_response import ErrorResponse
from .event_name import EventName
from .event_status import EventStatus
from .event_type import EventType
from .loyalty_event import LoyaltyEvent
from .loyalty_event_page import LoyaltyEventPage

__all__ = (
    "ApiMessage",
    "ErrorCode",
    "ErrorResponse",
    "EventName",
    "EventStatus",
    "EventType",
    "LoyaltyEvent",
    "LoyaltyEventPage",
)
