"""What a spec cannot say: how an operation changes the sandbox's state. Keyed by (vendor, operationId).

Everything else about these answers (envelopes, error bodies, headers) still comes from the recordings.
"""

from __future__ import annotations

import copy
import datetime
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from generator.specs import Operation, find_operation

if TYPE_CHECKING:
    from sandbox.vendor import VendorSandbox

Behaviour = Callable[["VendorSandbox", Operation, httpx.Request, dict[str, str]], httpx.Response]


def _error_with_code(sandbox: VendorSandbox, operation: Operation, code: str) -> httpx.Response:
    """The vendor's recorded error answer carrying this vendor error code."""
    envelope = sandbox.vendor.envelope
    for recording in sandbox.recordings:
        if recording.response["status"] >= 400 and envelope.code_of(recording.response["body"]) == code:
            response = recording.response
            return sandbox._json(response["status"], response["body"], response["headers"])
    raise LookupError(f"{sandbox.key}: no recorded error with code {code}")


def appy_earn_rules(sandbox: VendorSandbox) -> list[dict[str, Any]]:
    """The shop's earn rules: the recorded earn-rules list."""
    operation = find_operation(sandbox.spec, "listEarnRules")
    recording = sandbox.recorded(operation, 200)
    assert recording is not None
    return list(recording.response["body"]["data"])


def appy_process_earn_rule(
    sandbox: VendorSandbox, operation: Operation, request: httpx.Request, path: dict[str, str]
) -> httpx.Response:
    """Award an earn rule: the balance grows by step * multiplier and the ledger gains an activity at its head."""
    try:
        rule_id = json.loads(request.content or b"null")["earn_rule_id"]
    except (ValueError, TypeError, KeyError):
        rule_id = None
    with sandbox.lock:  # one award at a time: the balance and the ledger's head move together
        customer = sandbox.customers.get(path["id"])
        if customer is None:
            return _error_with_code(sandbox, operation, "CUSTOMER_NOT_FOUND")
        if not isinstance(rule_id, int) or isinstance(rule_id, bool):
            return _error_with_code(sandbox, operation, "VALIDATION_ERROR")
        rule = next((r for r in appy_earn_rules(sandbox) if r["id"] == str(rule_id)), None)
        if rule is None:
            return _error_with_code(sandbox, operation, "EARN_RULE_NOT_FOUND")
        change = round(rule.get("step", 1) * rule.get("multiplier", 1))
        customer.balance += change
        activity = copy.deepcopy(customer.records[0]) if customer.records else {}
        next_id = 1 + max((int(r["id"]) for r in customer.records if str(r.get("id", "")).isdigit()), default=0)
        activity.update(
            id=str(next_id),
            label=rule["name"],
            stampChange=change,
            createdAt=datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        )
        customer.records.insert(0, activity)  # newest first; the ledger's indexes follow
        balance = customer.balance
    recording = sandbox.recorded(operation, 200)
    assert recording is not None
    body = copy.deepcopy(recording.response["body"])
    body["data"].update(customerId=customer.id, stampChange=change, stampBalance=balance)
    return sandbox._json(200, body, recording.response["headers"])


def appy_get_earn_rule(
    sandbox: VendorSandbox, operation: Operation, request: httpx.Request, path: dict[str, str]
) -> httpx.Response:
    rule = next((r for r in appy_earn_rules(sandbox) if r["id"] == path["id"]), None)
    if rule is None:
        return _error_with_code(sandbox, operation, "EARN_RULE_NOT_FOUND")
    recording = sandbox.recorded(operation, 200)
    assert recording is not None
    body = {**copy.deepcopy(recording.response["body"]), "data": rule}
    return sandbox._json(200, body, recording.response["headers"])


BEHAVIOURS: dict[tuple[str, str], Behaviour] = {
    ("appy_stamp", "processEarnRule"): appy_process_earn_rule,
    ("appy_stamp", "getEarnRule"): appy_get_earn_rule,
}
