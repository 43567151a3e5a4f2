"""The secrecy law: whatever a hostile server answers (errors, garbage, broken connections, redirects to other
origins, loops), for every vendor, credential alternative and secret value, sync and async, no credential appears
in a raised error (str, repr, its request, response, headers, history, cause chain, formatted traceback), in a
DEBUG log record of the HTTP stack, or in any request that reached another origin; and the credentials did reach
the configured origin (so the law is not kept by sending nothing)."""

from __future__ import annotations

import asyncio
import string
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_runtime.errors import APIConnectionError, APIStatusError, LoyaltyError, ResponseDecodeError
from tests.clients.replay import ALT_IDS, ALTERNATIVES, base_url
from tests.hostile.secrets_support import (
    POST,
    Arrivals,
    assert_hidden,
    betrayals,
    build_client,
    debug_logs,
    kwargs_names,
    operation_call,
    reachable_texts,
    sent_credentials,
)

# Hypothesis also draws string literals found in the code under test (an error class name, say), and such a
# "secret" would be visible in every traceback; a prefix no program text holds keeps the law about credentials.
SECRET = st.text(alphabet=string.ascii_letters + string.digits, min_size=10, max_size=26).map("Zq7Sec".__add__)
ELSEWHERE = ("https://elsewhere.example", "http://{host}", "https://{host}:8443")  # other host, scheme, port


@dataclass(frozen=True)
class Scenario:
    """What the hostile server does with the first request, and how the client is configured."""

    name: str
    answer: Callable[[httpx.Request, str, httpx.Response], httpx.Response]  # (request, away URL, success answer)
    follow: bool = False
    expected: type[BaseException] | None = LoyaltyError


def _refuse(request: httpx.Request, away: str, success: httpx.Response) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def _stall(request: httpx.Request, away: str, success: httpx.Response) -> httpx.Response:
    raise httpx.ReadTimeout("read timed out", request=request)


def _redirect(status: int, then: int) -> Callable[[httpx.Request, str, httpx.Response], httpx.Response]:
    def answer(request: httpx.Request, away: str, success: httpx.Response) -> httpx.Response:
        if not str(request.url).startswith(away):
            return httpx.Response(status, headers={"location": f"{away}/landing?from={request.url.path}"})
        return httpx.Response(then, json={"message": "who are you"}) if then >= 400 else _copy(success)

    return answer


def _loop(request: httpx.Request, away: str, success: httpx.Response) -> httpx.Response:
    return httpx.Response(302, headers={"location": str(request.url.copy_with(path=request.url.path + "x"))})


def _copy(response: httpx.Response) -> httpx.Response:
    return httpx.Response(response.status_code, headers=response.headers, content=response.content)


SCENARIOS = [
    Scenario("401", lambda r, a, s: httpx.Response(401, json={"message": "no"}), expected=APIStatusError),
    Scenario("500", lambda r, a, s: httpx.Response(500, text="<html>down</html>"), expected=APIStatusError),
    Scenario("html-200", lambda r, a, s: httpx.Response(200, text="<html>oops</html>"), expected=ResponseDecodeError),
    Scenario("connect-refused", _refuse, expected=APIConnectionError),
    Scenario("read-timeout", _stall, expected=APIConnectionError),
    Scenario("unfollowed-302", _redirect(302, 401), expected=APIStatusError),
    Scenario("loop", _loop, follow=True, expected=APIStatusError),
    *(Scenario(f"{status}-away-401", _redirect(status, 401), follow=True) for status in (301, 302, 303, 307, 308)),
    *(Scenario(f"{status}-away-ok", _redirect(status, 200), follow=True, expected=None) for status in (301, 307)),
]


def _run(call: Callable[..., Any], use_async: bool, **kwargs: Any) -> BaseException | None:
    try:
        if use_async:
            asyncio.run(call(**kwargs))
        else:
            call(**kwargs)
    except Exception as error:
        return error
    return None


def _check(
    key: str, index: int, values: dict[str, str], scenario: Scenario, elsewhere: str, post: bool, use_async: bool
) -> None:
    module, kwargs, success = operation_call(key, POST[1] if post else None)
    home = base_url(key)
    away = elsewhere.format(host=httpx.URL(home).host)
    arrivals = Arrivals(lambda request: scenario.answer(request, away, success))
    client = build_client(key, values, arrivals.transport, follow_redirects=scenario.follow, max_redirects=4)
    call = module.asyncio if use_async else module.sync
    with debug_logs() as logs:
        error = _run(call, use_async, client=client, **kwargs, max_retries=0)
    secrets = betrayals(key, index, values)

    if error is not None:
        assert isinstance(error, LoyaltyError), f"{type(error).__name__} escaped: {error}"
        assert_hidden(reachable_texts(error), secrets)
    a_post_was_refused = post and scenario.name.startswith(("307", "308"))
    expected = APIStatusError if a_post_was_refused else scenario.expected
    assert (error is None) if expected is None else isinstance(error, expected), repr(error)
    assert_hidden(logs, secrets)
    # Not vacuous: the first request carried the credentials to the configured origin ...
    first = arrivals.requests[0]
    assert str(first.url).startswith(home)
    assert sent_credentials(key, index, values).items() <= dict(first.headers).items()
    # ... and nothing that went anywhere else did (nor did a POST body travel there).
    for request in arrivals.away_from(home):
        assert_hidden([repr(request.headers.multi_items()), str(request.url), request.content.decode()], secrets)
        assert request.method in ("GET", "HEAD")


@given(
    case=st.sampled_from(ALTERNATIVES),
    data=st.data(),
    scenario=st.sampled_from(SCENARIOS),
    elsewhere=st.sampled_from(ELSEWHERE),
    use_async=st.booleans(),
)
@settings(deadline=None)  # cheap examples (in-process transport): the profile decides how many
def test_no_credential_is_ever_shown_or_sent_elsewhere(
    case: tuple[str, int], data: st.DataObject, scenario: Scenario, elsewhere: str, use_async: bool
) -> None:
    key, index = case
    values = {name: data.draw(SECRET, label=name) for name in kwargs_names(key, index)}
    post = key == POST[0] and data.draw(st.booleans(), label="post")
    _check(key, index, values, scenario, elsewhere, post, use_async)


# Every scenario once for every vendor and alternative (the examples above are random; these are all of them).
@pytest.mark.parametrize(("key", "index"), ALTERNATIVES, ids=ALT_IDS)
@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_each_scenario_keeps_every_credential(key: str, index: int, scenario: Scenario) -> None:
    values = {name: f"s3cr3t{name}{index}zz" for name in kwargs_names(key, index)}
    _check(key, index, values, scenario, ELSEWHERE[0], post=False, use_async=False)
    _check(key, index, values, scenario, ELSEWHERE[1], post=key == POST[0], use_async=True)
