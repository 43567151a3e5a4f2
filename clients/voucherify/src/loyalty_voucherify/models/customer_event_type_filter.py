# generated from specs/voucherify/openapi.yaml — do not edit
from enum import StrEnum
from typing import ClassVar, Self


class CustomerEventTypeFilter(StrEnum):
    """Event types accepted by the `type` filter. The same list as the response event types without `customer.voucher.loyalty_card.pending_points.*`, `customer.voucher.loyalty_card.points_activated` and `customer.holder.assignment.*`.

    Decoding never fails on a value the spec does not list: it becomes a member that keeps the value verbatim
    and whose ``is_known`` is ``False``.
    """

    CUSTOMER_ACTIVECAMPAIGN_FAILED = "customer.activecampaign.failed"
    CUSTOMER_ACTIVECAMPAIGN_RECOVERED = "customer.activecampaign.recovered"
    CUSTOMER_ACTIVECAMPAIGN_SENT = "customer.activecampaign.sent"
    CUSTOMER_BATCH_FAILED = "customer.batch.failed"
    CUSTOMER_BATCH_RECOVERED = "customer.batch.recovered"
    CUSTOMER_BATCH_SENT = "customer.batch.sent"
    CUSTOMER_BRAZE_FAILED = "customer.braze.failed"
    CUSTOMER_BRAZE_RECOVERED = "customer.braze.recovered"
    CUSTOMER_BRAZE_SENT = "customer.braze.sent"
    CUSTOMER_CONFIRMED = "customer.confirmed"
    CUSTOMER_CREATED = "customer.created"
    CUSTOMER_CUSTOM_EVENT = "customer.custom_event"
    CUSTOMER_DELETED = "customer.deleted"
    CUSTOMER_EMAIL_FAILED = "customer.email.failed"
    CUSTOMER_EMAIL_RECOVERED = "customer.email.recovered"
    CUSTOMER_EMAIL_SENT = "customer.email.sent"
    CUSTOMER_INTERCOM_FAILED = "customer.intercom.failed"
    CUSTOMER_INTERCOM_RECOVERED = "customer.intercom.recovered"
    CUSTOMER_INTERCOM_SENT = "customer.intercom.sent"
    CUSTOMER_KLAVIYO_FAILED = "customer.klaviyo.failed"
    CUSTOMER_KLAVIYO_RECOVERED = "customer.klaviyo.recovered"
    CUSTOMER_KLAVIYO_SENT = "customer.klaviyo.sent"
    CUSTOMER_LOYALTY_TIER_DOWNGRADED = "customer.loyalty.tier.downgraded"
    CUSTOMER_LOYALTY_TIER_EXPIRATION_CHANGED = "customer.loyalty.tier.expiration.changed"
    CUSTOMER_LOYALTY_TIER_JOINED = "customer.loyalty.tier.joined"
    CUSTOMER_LOYALTY_TIER_LEFT = "customer.loyalty.tier.left"
    CUSTOMER_LOYALTY_TIER_PROLONGED = "customer.loyalty.tier.prolonged"
    CUSTOMER_LOYALTY_TIER_UPGRADED = "customer.loyalty.tier.upgraded"
    CUSTOMER_LOYALTY_UPDATED = "customer.loyalty.updated"
    CUSTOMER_MAILCHIMP_FAILED = "customer.mailchimp.failed"
    CUSTOMER_MAILCHIMP_RECOVERED = "customer.mailchimp.recovered"
    CUSTOMER_MAILCHIMP_SENT = "customer.mailchimp.sent"
    CUSTOMER_ORDER_CANCELED = "customer.order.canceled"
    CUSTOMER_ORDER_CREATED = "customer.order.created"
    CUSTOMER_ORDER_FULFILLED = "customer.order.fulfilled"
    CUSTOMER_ORDER_PAID = "customer.order.paid"
    CUSTOMER_ORDER_PROCESSING = "customer.order.processing"
    CUSTOMER_ORDER_UPDATED = "customer.order.updated"
    CUSTOMER_PUBLICATION_FAILED = "customer.publication.failed"
    CUSTOMER_PUBLICATION_SUCCEEDED = "customer.publication.succeeded"
    CUSTOMER_REDEMPTION_FAILED = "customer.redemption.failed"
    CUSTOMER_REDEMPTION_ROLLBACK_FAILED = "customer.redemption.rollback.failed"
    CUSTOMER_REDEMPTION_ROLLBACK_SUCCEEDED = "customer.redemption.rollback.succeeded"
    CUSTOMER_REDEMPTION_SUCCEEDED = "customer.redemption.succeeded"
    CUSTOMER_REFERRED = "customer.referred"
    CUSTOMER_REWARDED = "customer.rewarded"
    CUSTOMER_REWARDED_LOYALTY_POINTS = "customer.rewarded.loyalty_points"
    CUSTOMER_REWARD_REDEMPTIONS_COMPLETED = "customer.reward_redemptions.completed"
    CUSTOMER_REWARD_REDEMPTIONS_CREATED = "customer.reward_redemptions.created"
    CUSTOMER_REWARD_REDEMPTIONS_PENDING = "customer.reward_redemptions.pending"
    CUSTOMER_REWARD_REDEMPTIONS_ROLLEDBACK = "customer.reward_redemptions.rolledback"
    CUSTOMER_SEGMENT_ENTERED = "customer.segment.entered"
    CUSTOMER_SEGMENT_LEFT = "customer.segment.left"
    CUSTOMER_SHOPIFY_FAILED = "customer.shopify.failed"
    CUSTOMER_SHOPIFY_RECOVERED = "customer.shopify.recovered"
    CUSTOMER_SHOPIFY_SENT = "customer.shopify.sent"
    CUSTOMER_SMS_FAILED = "customer.sms.failed"
    CUSTOMER_SMS_RECOVERED = "customer.sms.recovered"
    CUSTOMER_SMS_SENT = "customer.sms.sent"
    CUSTOMER_UPDATED = "customer.updated"
    CUSTOMER_VALIDATION_FAILED = "customer.validation.failed"
    CUSTOMER_VALIDATION_SUCCEEDED = "customer.validation.succeeded"
    CUSTOMER_VOUCHER_DELETED = "customer.voucher.deleted"
    CUSTOMER_VOUCHER_GIFT_BALANCE_ADDED = "customer.voucher.gift.balance_added"
    CUSTOMER_VOUCHER_LOYALTY_CARD_POINTS_ADDED = "customer.voucher.loyalty_card.points_added"
    CUSTOMER_VOUCHER_LOYALTY_CARD_POINTS_EXPIRED = "customer.voucher.loyalty_card.points_expired"
    CUSTOMER_VOUCHER_LOYALTY_CARD_POINTS_TRANSFERRED = "customer.voucher.loyalty_card.points_transferred"

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
    _by_value: ClassVar[dict[object, "CustomerEventTypeFilter"]]


CustomerEventTypeFilter._by_value = {member.value: member for member in CustomerEventTypeFilter}
