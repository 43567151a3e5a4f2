# generated from specs/appy_stamp/openapi.yaml — do not edit
"""Contains all the data models used in inputs/outputs"""

from .customer_activity import CustomerActivity
from .customer_activity_page import CustomerActivityPage
from .customer_activity_page_meta import CustomerActivityPageMeta
from .earn_rule import EarnRule
from .earn_rule_list import EarnRuleList
from .earn_rule_list_meta import EarnRuleListMeta
from .earn_rule_response import EarnRuleResponse
from .earn_rule_type import EarnRuleType
from .error_code import ErrorCode
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .pagination_meta import PaginationMeta
from .process_earn_rule_request import ProcessEarnRuleRequest
from .stamp_result import StampResult
from .stamp_result_response import StampResultResponse

__all__ = (
    "CustomerActivity",
    "CustomerActivityPage",
    "CustomerActivityPageMeta",
    "EarnRule",
    "EarnRuleList",
    "EarnRuleListMeta",
    "EarnRuleResponse",
    "EarnRuleType",
    "ErrorCode",
    "ErrorDetail",
    "ErrorResponse",
    "PaginationMeta",
    "ProcessEarnRuleRequest",
    "StampResult",
    "StampResultResponse",
)
