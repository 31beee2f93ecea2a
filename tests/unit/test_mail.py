"""The mailto: link and the system opener: what is handed over, and the truth about it."""

from __future__ import annotations

import stat
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sessiontui.mail import mailto_url, open_in_mail_app, opener_command


@given(subject=st.text(), body=st.text())
def test_any_subject_and_body_survive_the_link(subject: str, body: str) -> None:
    url = mailto_url(subject, body)
    assert "\n" not in url
    assert " " not in url
    query = parse_qs(urlsplit(url).query, keep_blank_values=True, errors="surrogatepass")
    crlf = body.replace("\r\n", "\n").replace("\n", "\r\n")
    assert query["subject"] == [subject.replace("\r\n", "\n").replace("\n", "\r\n")]
    assert query["body"] == [crlf]


def test_the_address_goes_first() -> None:
    url = mailto_url("Hola", "Cuerpo", "ana.garcia@example.org")
    assert url == "mailto:ana.garcia@example.org?subject=Hola&body=Cuerpo"


def test_the_opener_of_each_platform() -> None:
    assert opener_command("darwin") == "open"
    assert opener_command("linux") == "xdg-open"


def _opener(folder: Path, status: int) -> Path:
    out = folder / "got.txt"
    script = folder / "xdg-open"
    script.write_text(f"#!/bin/sh\nprintf '%s' \"$1\" > '{out}'\nexit {status}\n")
    script.chmod(stat.S_IRWXU)
    return out


def test_a_working_opener_is_handed_the_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _opener(tmp_path, 0)
    monkeypatch.setenv("PATH", str(tmp_path))
    outcome = open_in_mail_app("mailto:?subject=Hi", platform="linux")
    assert outcome.handed_over
    assert out.read_text() == "mailto:?subject=Hi"


def test_an_opener_that_fails_is_reported_with_its_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _opener(tmp_path, 4)
    monkeypatch.setenv("PATH", str(tmp_path))
    outcome = open_in_mail_app("mailto:?subject=Hi", platform="linux")
    assert not outcome.handed_over
    assert "exit status 4" in outcome.message


def test_no_opener_on_path_is_said_plainly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    outcome = open_in_mail_app("mailto:?subject=Hi", platform="darwin")
    assert not outcome.handed_over
    assert "open is not available" in outcome.message
