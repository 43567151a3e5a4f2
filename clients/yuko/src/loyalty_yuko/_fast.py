# generated from specs/yuko/openapi.yaml — do not edit
"""msgspec mirrors of the models answers decode into: the fast path of decoding, taken when msgspec (the ``fast``
extra) is installed. Any body they refuse goes to the models' ``from_dict`` (see ``loyalty_runtime.fast``)."""

from __future__ import annotations

from typing import Any

import msgspec
from loyalty_runtime import fast as _fast
from loyalty_runtime.decode import Timestamp, WrittenUUID
from loyalty_runtime.fast import ABSENT
from msgspec.structs import astuple as _astuple

from .models.activity_metadata import ActivityMetadata
from .models.activity_source_type import ActivitySourceType
from .models.activity_type import ActivityType
from .models.customer_activity import CustomerActivity
from .models.customer_activity_page import CustomerActivityPage
from .models.entry_type import EntryType
from .models.page_meta import PageMeta
from .models.pagination_meta import PaginationMeta
from .types import UNSET


class _CustomerActivity(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    id: WrittenUUID
    customer_id: WrittenUUID
    activity_type: ActivityType
    source_type: ActivitySourceType
    points: int
    created_at: Timestamp
    source_id: WrittenUUID | None = ABSENT
    entry_type: EntryType | None = ABSENT
    earning_type: str | None = ABSENT
    metadata: dict[str, Any] = ABSENT


class _CustomerActivityPage(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    data: list[_CustomerActivity]
    meta: _PageMeta


class _PageMeta(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    pagination: _PaginationMeta


class _PaginationMeta(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    current_page: int
    per_page: int
    total: int
    last_page: int
    has_more: bool


def _customer_activity(m: _CustomerActivity) -> CustomerActivity:
    return CustomerActivity(
        m.id,
        m.customer_id,
        m.activity_type,
        m.source_type,
        m.points,
        m.created_at,
        m.source_id,
        m.entry_type,
        m.earning_type,
        UNSET if m.metadata is ABSENT else _fast.only_additional(ActivityMetadata, m.metadata),
    )


def _customer_activity_page(m: _CustomerActivityPage) -> CustomerActivityPage:
    return CustomerActivityPage(
        [_customer_activity(item0) for item0 in m.data],
        _page_meta(m.meta),
    )


def _page_meta(m: _PageMeta) -> PageMeta:
    return PageMeta(
        PaginationMeta(*_astuple(m.pagination)),
    )


_customer_activity_page_decoder = msgspec.json.Decoder(_CustomerActivityPage, dec_hook=_fast.hook)


def customer_activity_page(content: bytes) -> tuple[_CustomerActivityPage, CustomerActivityPage]:
    """The mirror and the model of a body (msgspec's errors when it does not fit the mirror)."""
    mirror = _customer_activity_page_decoder.decode(content)
    return mirror, _customer_activity_page(mirror)
