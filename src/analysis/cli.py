"""Command line: argument parsing only; every command calls a stage of the package.

    analysis run       ingest data/raw, extract, write data/processed, run the reports
    analysis report    run reports defined in reports/reports.yml (--list shows them)
    analysis evaluate  score the extractor and tagger on annotated gold data
    analysis export    write a shareable zip bundle (or the data dictionary)

Exit codes: 0 ok, 1 unexpected error, 2 bad parameters/settings, 3 a notebook failed,
4 export failed, 5 another run holds the lock, 6 input folder missing.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import report as report_mod
from .settings import Settings, SettingsError


def _settings(args) -> Settings:
    return Settings.from_root(
        args.root,
        raw_dir=getattr(args, "raw", None),
        processed_dir=getattr(args, "processed", None),
        reports_dir=getattr(args, "reports", None),
        workers=getattr(args, "workers", None),
        engine=getattr(args, "engine", None),
        scheduler=getattr(args, "scheduler", None),
        vague_policy=getattr(args, "vague_policy", None),
        execution_timeout=getattr(args, "timeout", None),
        progress=not getattr(args, "quiet", False),
        rebuild=getattr(args, "rebuild", False) or None,
    )


def _run_reports(settings: Settings, names: list[str] | None, overrides: dict) -> int:
    specs = report_mod.load_specs(settings.root)
    chosen = names or list(specs)
    unknown = [n for n in chosen if n not in specs]
    if unknown:
        raise report_mod.ParameterError(f"unknown report(s) {', '.join(unknown)}; defined: {', '.join(specs)}")
    worst = 0
    for name in chosen:
        try:
            report_mod.run_report(specs[name], settings, overrides)
        except report_mod.ReportError as exc:
            print(f"error: {exc}", file=sys.stderr)
            worst = worst or exc.exit_code
    return worst


def cmd_run(args) -> int:
    from .pipeline import RunLocked, run

    settings = _settings(args)
    try:
        summary = run(settings)
    except RunLocked as exc:
        print(f"error: {exc}", file=sys.stderr)
        return report_mod.EXIT_LOCKED
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return report_mod.EXIT_INPUT
    print("analysis run")
    for line in summary.lines():
        print("  " + line)
    if args.no_report:
        return 0
    code = _run_reports(settings, None, {})
    written = sorted(p.name for p in settings.reports_dir.glob("*.pdf")) + sorted(p.name for p in settings.reports_dir.glob("*.html"))
    print(f"  reports written:   {', '.join(written) if written else 'none'}")
    return code


def cmd_report(args) -> int:
    settings = _settings(args)
    if args.list:
        for name, spec in report_mod.load_specs(settings.root).items():
            params = ", ".join(f"{k}={v!r}" for k, v in spec.parameters.items())
            print(f"{name:28} {spec.notebook:40} {spec.description}")
            if params:
                print(f"{'':28} parameters: {params}")
        return 0
    overrides = {key: report_mod.parse_cli_value(value) for key, value in (args.param or [])}
    return _run_reports(settings, args.names, overrides)


def cmd_evaluate(args) -> int:
    from .evaluate import evaluate_all

    gold = Path(args.gold) if args.gold else Path(args.root or ".").resolve().parent / "shared" / "gold"
    if not gold.is_dir():
        print(f"error: gold folder {gold} not found (give --gold DIR)", file=sys.stderr)
        return report_mod.EXIT_INPUT
    evaluate_all(gold, what=args.only, limit=args.limit, out=sys.stdout)
    return 0


def cmd_export(args) -> int:
    from .export import export_bundle, write_dictionary

    settings = _settings(args)
    if args.dictionary:
        path = write_dictionary(settings.root / "docs" / "data-dictionary.md")
        print(f"wrote {path}")
        return 0
    out = Path(args.out) if args.out else settings.reports_dir / "analysis-bundle.zip"
    path = export_bundle(settings, out)
    print(f"wrote {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="analysis", description="Turn news articles into tidy, dated figures.")
    parser.add_argument("--root", default=None, help="project folder (default: the current folder)")
    sub = parser.add_subparsers(dest="command", required=True)

    def paths(p):
        p.add_argument("--raw", help="raw articles folder (default: data/raw)")
        p.add_argument("--processed", help="processed tables folder (default: data/processed)")
        p.add_argument("--reports", help="reports folder (default: reports)")

    run = sub.add_parser("run", help="ingest, extract, write tables, run reports")
    paths(run)
    run.add_argument("--workers", type=int, help="processes for extraction (default 1)")
    run.add_argument("--engine", choices=["local", "dask"], help="execution engine (default local)")
    run.add_argument("--scheduler", help="address of an existing Dask scheduler (with --engine dask)")
    run.add_argument("--vague-policy", help="YAML file replacing the vague-quantity policy")
    run.add_argument("--timeout", type=int, help="seconds a notebook cell may run (default 600)")
    run.add_argument("--no-report", action="store_true", help="write the tables only")
    run.add_argument("--rebuild", action="store_true", help="re-extract every file, ignoring cached results")
    run.add_argument("--quiet", action="store_true", help="no progress bar")
    run.set_defaults(func=cmd_run)

    rep = sub.add_parser("report", help="run reports from reports/reports.yml")
    paths(rep)
    rep.add_argument("names", nargs="*", help="reports to run (default: all)")
    rep.add_argument("--list", action="store_true", help="list the reports and their parameters")
    rep.add_argument("-p", "--param", nargs=2, action="append", metavar=("NAME", "VALUE"), help="override a parameter")
    rep.add_argument("--timeout", type=int, help="seconds a notebook cell may run (default 600)")
    rep.set_defaults(func=cmd_report)

    ev = sub.add_parser("evaluate", help="score extraction on annotated gold data")
    ev.add_argument("--gold", help="folder with the gold .jsonl files (default: ../shared/gold)")
    ev.add_argument("--only", choices=["numbers", "dates"], help="score only numbers or only dates")
    ev.add_argument("--limit", type=int, help="at most this many documents per file")
    ev.set_defaults(func=cmd_evaluate)

    ex = sub.add_parser("export", help="write a shareable zip bundle of the processed tables")
    paths(ex)
    ex.add_argument("--out", help="zip file to write (default: reports/analysis-bundle.zip)")
    ex.add_argument("--dictionary", action="store_true", help="regenerate docs/data-dictionary.md instead")
    ex.set_defaults(func=cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return report_mod.EXIT_PARAMETERS
    except report_mod.ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return report_mod.EXIT_INPUT
    except KeyboardInterrupt:
        print("interrupted; earlier tables and reports are left as they were", file=sys.stderr)
        return 130
