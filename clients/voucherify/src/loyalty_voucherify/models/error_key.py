# generated from specs/voucherify/openapi.yaml — do not edit
from enum import StrEnum
from typing import ClassVar, Self


class ErrorKey(StrEnum):
    """Error keys listed in the vendor's error reference. Those relevant to reading customer activity are `invalid_query_params`, `query_too_large`, `not_found` and `resource_not_found`; the rest belong to other operations and are listed so every documented key is known.

    Decoding never fails on a value the spec does not list: it becomes a member that keeps the value verbatim
    and whose ``is_known`` is ``False``.
    """

    ALREADY_ROLLED_BACK = "already_rolled_back"
    CUSTOMER_RULES_VIOLATED = "customer_rules_violated"
    DUPLICATE_FOUND = "duplicate_found"
    DUPLICATE_RESOURCE_KEY = "duplicate_resource_key"
    GIFT_AMOUNT_EXCEEDED = "gift_amount_exceeded"
    INVALID_ADD_BALANCE_PARAMS = "invalid_add_balance_params"
    INVALID_AMOUNT = "invalid_amount"
    INVALID_CAMPAIGN_PARAMS = "invalid_campaign_params"
    INVALID_CODE_CONFIG = "invalid_code_config"
    INVALID_CUSTOMER = "invalid_customer"
    INVALID_EXPORT_PARAMS = "invalid_export_params"
    INVALID_GIFT = "invalid_gift"
    INVALID_ORDER = "invalid_order"
    INVALID_PAYLOAD = "invalid_payload"
    INVALID_PRODUCT = "invalid_product"
    INVALID_PUBLISH_PARAMS = "invalid_publish_params"
    INVALID_QUERY_PARAMS = "invalid_query_params"
    INVALID_ROLLBACK_PARAMS = "invalid_rollback_params"
    INVALID_SKU = "invalid_sku"
    INVALID_VALIDATION_RULES = "invalid_validation_rules"
    INVALID_VOUCHER = "invalid_voucher"
    LOYALTY_CARD_POINTS_EXCEEDED = "loyalty_card_points_exceeded"
    MEMBER_ALREADY_EXISTS = "member_already_exists"
    MISSING_AMOUNT = "missing_amount"
    MISSING_CUSTOMER = "missing_customer"
    MISSING_ORDER = "missing_order"
    MISSING_ORDER_ITEMS = "missing_order_items"
    MISSING_ORDER_ITEMS_AMOUNT = "missing_order_items_amount"
    MISSING_REWARD = "missing_reward"
    MULTIPLE_REQUESTS = "multiple_requests"
    NON_ACTIVE_PROGRAM = "non_active_program"
    NOT_FOUND = "not_found"
    NO_VOUCHER_SUITABLE_FOR_PUBLICATION = "no_voucher_suitable_for_publication"
    ORDER_RULES_VIOLATED = "order_rules_violated"
    PROMOTION_INACTIVE = "promotion_inactive"
    PROMOTION_NOT_ACTIVE_NOW = "promotion_not_active_now"
    QUANTITY_EXCEEDED = "quantity_exceeded"
    QUERY_TOO_LARGE = "query_too_large"
    REDEMPTION_RULES_VIOLATED = "redemption_rules_violated"
    REFERRER_NOT_PERMITTED_TO_REDEEM = "referrer_not_permitted_to_redeem"
    RESOURCE_NOT_FOUND = "resource_not_found"
    VOUCHER_DISABLED = "voucher_disabled"
    VOUCHER_EXPIRED = "voucher_expired"
    VOUCHER_NOT_ACTIVE = "voucher_not_active"
    VOUCHER_NOT_ACTIVE_NOW = "voucher_not_active_now"
    ZERO_CARD_BALANCE = "zero_card_balance"

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether this value is one the spec lists."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)

    # The listed members by value: decoding looks a JSON value up here first (a dict lookup, not a call).
    _by_value: ClassVar[dict[object, "ErrorKey"]]


ErrorKey._by_value = {member.value: member for member in ErrorKey}
