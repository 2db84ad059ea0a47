"""Reading JSON reports back (for `factcheck merge`) and merging the reports of shards."""

from __future__ import annotations

import dataclasses
import json

import pytest
import test_render
from test_render_ci import small_report

from factcheck.merge import ReportFileError, merge_reports, read_json_reports
from factcheck.render import OutputFormat, render_json, render_reports

seed_report = test_render.seed_report  # the seed run offline, a fixture


@pytest.mark.parametrize("output_format", list(OutputFormat))
def test_a_report_read_back_renders_as_the_original_in_every_format(seed_report, output_format):
    again = read_json_reports(render_json(seed_report), "seed.json")
    assert len(again) == 1
    assert render_reports(again, output_format) == render_reports([seed_report], output_format)


def test_hand_built_reports_survive_the_round_trip_too():
    reports = [small_report(), small_report("claims/b.yaml")]
    text = render_reports(reports, OutputFormat.JSON)
    assert text.startswith("[")
    again = read_json_reports(text, "two.json")
    for output_format in OutputFormat:
        assert render_reports(again, output_format) == render_reports(reports, output_format)


def test_merge_orders_by_claim_file_and_refuses_a_file_reported_twice():
    a, b, c = (small_report(f"claims/{name}.yaml") for name in "abc")
    assert merge_reports([[c, a], [b]]) == [a, b, c]
    with pytest.raises(ReportFileError, match=r"claims/b\.yaml is reported twice.*one shard"):
        merge_reports([[a, b], [b]])
    assert merge_reports([[], []]) == []


def test_bad_json_is_reported_at_its_line_and_column():
    with pytest.raises(ReportFileError) as caught:
        read_json_reports('{\n  "schema": 1,\n  oops\n}', "shard-1.json")
    assert str(caught.value).startswith("shard-1.json:3:3: not JSON")
    assert "factcheck verify --format json" in str(caught.value)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(schema=2), "schema 2"),
        (lambda d: d.pop("claims"), "KeyError: 'claims'"),
        (lambda d: d["claims"][0].update(verdict="true-ish"), "'true-ish' is not a valid Verdict"),
        (lambda d: d.update(generated_at="yesterday"), "Invalid isoformat"),
    ],
)
def test_a_file_that_is_not_a_report_says_so_without_a_traceback(change, expected):
    data = json.loads(render_json(small_report()))
    change(data)
    with pytest.raises(ReportFileError) as caught:
        read_json_reports(json.dumps([data]), "x.json")
    message = str(caught.value)
    assert message.startswith("x.json: report 1 is not a factcheck JSON report of schema 1")
    assert expected in message


def test_an_older_report_without_claim_sources_falls_back_to_the_sources_checked():
    data = json.loads(render_json(small_report()))
    for claim in data["claims"]:
        del claim["sources"]
    (report,) = read_json_reports(json.dumps(data), "old.json")
    assert report.results[1].claim.sources == ("src",)
    assert report.results[2].claim.sources == ()


def test_a_report_read_back_keeps_verdicts_locations_and_evidence(seed_report):
    (again,) = read_json_reports(render_json(seed_report), "seed.json")
    for before, after in zip(seed_report.results, again.results, strict=True):
        assert after.verdict is before.verdict
        assert after.claim.location.line == before.claim.location.line
        assert after.article_location == before.article_location
        assert [m.sentence.text for m in after.evidence] == [
            m.sentence.text for m in before.evidence
        ]
    assert [dataclasses.replace(o.spec, location=None) for o in again.sources] == [
        dataclasses.replace(o.spec, location=None, discover=False) for o in seed_report.sources
    ]
