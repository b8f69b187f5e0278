"""newsintel benchmarks: throughput, memory and Dask scaling, in one command.

    python benchmarks/run.py            # the full benchmarks (about an hour on 2 cores)
    python benchmarks/run.py --quick    # a few minutes: checks that everything runs
    python benchmarks/run.py --corpus ../shared/eval/news/articles.jsonl

Writes benchmarks/results/{throughput,memory,dask}.json and benchmarks/results/summary.md.

1. Throughput: articles/s (one process = one core) of the bare spaCy parse and of the full
   newsintel pipeline on the same articles in the same run, alternating, best of N rounds.
   Target: pipeline >= 0.75 x parse.
2. Memory: peak resident memory of `newsintel ingest` (one process, model included) on 1,000
   and on 10,000 documents. Target: 10,000 within 1.2 x 1,000.
3. Dask: the analysis part of an ingest on a LocalCluster of 1 and of 2 single-threaded worker
   processes (cluster start and model loading excluded, reported apart). Target: 2 workers
   >= 1.6 x one.

Articles come from ../shared/eval/news/articles.jsonl when it is there (repeated with new ids
to reach large sizes), else from generated text. Numbers depend on what else the machine is
doing: the summary records the load average before and after each benchmark.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED_ARTICLES = REPO.parent / "shared" / "eval" / "news" / "articles.jsonl"
RESULTS = HERE / "results"

sys.path.insert(0, str(REPO / "src"))

# "Per core" must mean one core: no hidden BLAS/OpenMP threads in this process or its children
# (Dask's nannies set the same for their workers).
for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")


# ---------------------------------------------------------------- corpus


def load_articles(path: Path | None = None) -> tuple[list[dict], str]:
    """Articles from `path` (JSON lines with a "text" field), else ../shared's real articles
    when they are there, else generated ones."""
    path = path or (SHARED_ARTICLES if SHARED_ARTICLES.exists() else None)
    if path is not None:
        with open(path, encoding="utf-8") as file:
            articles = [json.loads(line) for line in file if line.strip()]
        return [a for a in articles if a.get("text", "").strip()], str(path)
    return generated_articles(500), "generated"


def generated_articles(n: int, *, seed: int = 7) -> list[dict]:
    """Synthetic news-like articles, for machines without the shared evaluation set."""
    rng = random.Random(seed)
    actors = [
        "The Taliban",
        "Government forces",
        "The United Nations",
        "Rebel fighters",
        "The army",
        "Police",
        "The interior ministry",
        "Local officials",
        "The president",
        "Protesters",
    ]
    verbs = [
        "attacked",
        "met",
        "accused",
        "criticised",
        "praised",
        "arrested",
        "shelled",
        "negotiated with",
        "warned",
        "thanked",
    ]
    places = ["Kabul", "Mosul", "Kidal", "Aleppo", "Mogadishu", "Donetsk", "Sanaa", "Tripoli"]
    cues = ["said", "told reporters", "claimed", "denied", "confirmed"]
    articles = []
    for i in range(n):
        sentences = []
        for _ in range(rng.randint(12, 30)):
            a, b = rng.sample(actors, 2)
            sentences.append(
                f"{a} {rng.choice(verbs)} {b.lower()} in {rng.choice(places)} on "
                f"{rng.choice(['Monday', 'Tuesday', 'Friday'])}, {rng.choice(actors).lower()} "
                f"{rng.choice(cues)}."
            )
        articles.append({"id": f"gen-{i}", "text": " ".join(sentences), "published": "2021-08-16"})
    return articles


def corpus_of(articles: list[dict], n: int, *, words: int | None = None) -> list[dict]:
    """n documents: the articles repeated with new ids (and a marker so copies differ)."""
    out = []
    for i in range(n):
        article = articles[i % len(articles)]
        text = article["text"]
        if words:
            text = " ".join(text.split()[:words])
        if i >= len(articles):  # a repeat: new id, and a changed last line (a repost)
            text = f"{text}\n\n(Copy {i // len(articles)}.)"
        out.append(
            {
                "id": f"bench-{i:06d}",
                "text": text,
                "title": article.get("title"),
                "published": article.get("published") or "2015-01-01",
            }
        )
    return out


def write_jsonl(path: Path, documents: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8") as file:
        for document in documents:
            file.write(json.dumps(document, ensure_ascii=False) + "\n")
    return path


def available_stages() -> tuple[str, ...]:
    from newsintel.nlp.pipeline import STAGES

    return tuple(name for name, module in STAGES.items() if importlib.util.find_spec(module) is not None)


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


# ---------------------------------------------------------------- 1. throughput


def bench_throughput(articles: list[dict], *, n: int, rounds: int) -> dict:
    from newsintel.nlp.load import load_fresh_model
    from newsintel.nlp.pipeline import PipelineOptions, build_pipeline, extract
    from newsintel.records import Document

    documents = [Document(id=a["id"], text=a["text"], published=a.get("published")) for a in corpus_of(articles, n)]
    texts = [d.text for d in documents]
    words = sum(len(t.split()) for t in texts)
    stages = available_stages()
    parse = load_fresh_model()
    options = PipelineOptions(stages=stages)
    build_pipeline(options)
    list(parse.pipe(texts[:5]))  # warm up both
    list(extract(documents[:5], options=options))
    load_before = load_average()
    parse_times, pipeline_times, failures = [], [], 0
    for _ in range(rounds):  # alternate, so that background load hits both alike
        start = time.perf_counter()
        for _doc in parse.pipe(texts, batch_size=32):
            pass
        parse_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        failures = sum(1 for r in extract(documents, options=options, batch_size=32) if isinstance(r, Exception))
        pipeline_times.append(time.perf_counter() - start)
    parse_rate, pipeline_rate = n / min(parse_times), n / min(pipeline_times)
    per_component = component_seconds(build_pipeline(options), documents)
    return {
        "articles": n,
        "words": words,
        "rounds": rounds,
        "stages": list(stages),
        "parse_seconds": [round(t, 2) for t in parse_times],
        "pipeline_seconds": [round(t, 2) for t in pipeline_times],
        "parse_articles_per_s_per_core": round(parse_rate, 2),
        "pipeline_articles_per_s_per_core": round(pipeline_rate, 2),
        "parse_words_per_s": round(words / min(parse_times)),
        "pipeline_words_per_s": round(words / min(pipeline_times)),
        "ratio": round(pipeline_rate / parse_rate, 3),
        "target_ratio": 0.75,
        "failed_documents": failures,
        "load_average": {"before": load_before, "after": load_average()},
        "component_seconds": per_component,
    }


def component_seconds(nlp, documents) -> dict[str, float]:
    """Seconds each pipeline component takes on the documents (tokenizer included), to show
    which stage costs what next to the parse."""
    from newsintel.nlp.pipeline import _make_doc

    start = time.perf_counter()
    docs = [_make_doc(nlp, d) for d in documents]
    seconds = {"tokenizer": time.perf_counter() - start}
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=32))
        else:
            docs = [component(doc) for doc in docs]
        seconds[name] = time.perf_counter() - start
    return {name: round(value, 3) for name, value in seconds.items()}


# ---------------------------------------------------------------- 2. memory


def peak_rss_of(command: list[str], env: dict[str, str]) -> tuple[int, float, int]:
    """(peak RSS in bytes of the process and its children, seconds, exit code)."""
    import psutil

    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watched = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            rss = watched.memory_info().rss + sum(c.memory_info().rss for c in watched.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.1)
    return peak, time.perf_counter() - start, process.returncode


def bench_memory(articles: list[dict], *, sizes: list[int], words: int | None, stages: tuple[str, ...]) -> dict:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")]))
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            corpus = write_jsonl(Path(tmp) / f"corpus-{size}.jsonl", corpus_of(articles, size, words=words))
            db = Path(tmp) / f"memory-{size}.db"
            command = [
                sys.executable,
                "-m",
                "newsintel",
                "ingest",
                str(corpus),
                "--db",
                str(db),
                "--quiet",
                "--stages",
                ",".join(stages) if stages else "none",
            ]
            load_before = load_average()
            peak, seconds, code = peak_rss_of(command, env)
            runs.append(
                {
                    "documents": size,
                    "peak_rss_mb": round(peak / 2**20, 1),
                    "seconds": round(seconds, 1),
                    "documents_per_s": round(size / seconds, 2),
                    "exit_code": code,
                    "load_average": {"before": load_before, "after": load_average()},
                }
            )
    ratio = runs[-1]["peak_rss_mb"] / runs[0]["peak_rss_mb"] if runs[0]["peak_rss_mb"] else None
    return {
        "runs": runs,
        "stages": list(stages),
        "words_per_document": words or "full articles",
        "ratio_largest_to_smallest": round(ratio, 3) if ratio else None,
        "target_ratio": 1.2,
    }


# ---------------------------------------------------------------- 3. dask


def bench_dask(articles: list[dict], *, n: int, batch: int, stages: tuple[str, ...]) -> dict:
    from newsintel.nlp.pipeline import PipelineOptions
    from newsintel.records import Document
    from newsintel.scale.executors import Batch, DaskExecutor

    documents = [Document(id=a["id"], text=a["text"], published=a.get("published")) for a in corpus_of(articles, n)]
    options = PipelineOptions(stages=stages)
    runs = []
    for workers in (1, 2):
        start = time.perf_counter()
        executor = DaskExecutor(options, scheduler=f"local:{workers}", pipe_batch=batch)
        executor.client.wait_for_workers(workers)
        executor.client.run(lambda: None)
        startup = time.perf_counter() - start
        load_before = load_average()
        start = time.perf_counter()
        batches = (Batch(documents=documents[i : i + batch]) for i in range(0, n, batch))
        results = sum(len(r) for _, r in executor.run(batches))
        seconds = time.perf_counter() - start
        executor.close()
        runs.append(
            {
                "workers": workers,
                "documents": results,
                "seconds": round(seconds, 2),
                "startup_seconds": round(startup, 2),
                "documents_per_s": round(results / seconds, 2),
                "load_average": {"before": load_before, "after": load_average()},
            }
        )
    return {
        "runs": runs,
        "stages": list(stages),
        "batch_size": batch,
        "speedup": round(runs[0]["seconds"] / runs[1]["seconds"], 3),
        "target_speedup": 1.6,
        "executor_only": bench_dask_executor(n=16),
    }


def bench_dask_executor(*, n: int) -> dict:
    """The same Dask executor with a CPU-bound stand-in extractor (benchmarks/busy_extractor.py):
    how the executor itself scales, apart from the pipeline and the machine's memory."""
    from newsintel.nlp.pipeline import PipelineOptions
    from newsintel.records import Document
    from newsintel.scale.executors import Batch, DaskExecutor

    os.environ["PYTHONPATH"] = os.pathsep.join([str(HERE), str(REPO / "src"), os.environ.get("PYTHONPATH", "")])
    sys.path.insert(0, str(HERE))
    documents = [Document(id=str(i), text="x") for i in range(n)]
    seconds = {}
    for workers in (1, 2):
        executor = DaskExecutor(
            PipelineOptions(stages=()), scheduler=f"local:{workers}", extractor="busy_extractor:extract"
        )
        start = time.perf_counter()
        sum(len(r) for _, r in executor.run(Batch(documents=documents[i : i + 2]) for i in range(0, n, 2)))
        seconds[workers] = round(time.perf_counter() - start, 2)
        executor.close()
    return {
        "documents": n,
        "cpu_seconds_per_document": 0.25,
        "seconds": seconds,
        "speedup": round(seconds[1] / seconds[2], 3),
    }


# ---------------------------------------------------------------- report


def _run_line(meta: dict) -> str:
    return f"_Run {meta['date']} on {meta['cpus']} CPUs, {meta['mode']} mode, corpus: {meta['corpus']}._"


def summary_markdown(results: dict) -> str:
    """Markdown of the results of each benchmark (each may come from a different run)."""
    lines = [
        "# newsintel benchmark results",
        "",
        "Written by `python benchmarks/run.py`. Numbers depend on what else runs on the machine;",
        "load averages (1, 5, 15 min) are recorded with each run.",
        "",
    ]
    if "throughput" in results:
        t = results["throughput"]
        lines += [
            "## Throughput (one process = one core)",
            "",
            _run_line(t["meta"]),
            "",
            "| | articles/s per core | words/s |",
            "|---|---|---|",
            f"| spaCy parse alone | {t['parse_articles_per_s_per_core']} | {t['parse_words_per_s']} |",
            f"| full newsintel pipeline | {t['pipeline_articles_per_s_per_core']} | {t['pipeline_words_per_s']} |",
            "",
            f"Pipeline / parse = **{t['ratio']}** (target ≥ {t['target_ratio']}); {t['articles']} articles, "
            f"{t['words']} words, best of {t['rounds']} alternating rounds; "
            f"stages: {', '.join(t['stages']) or 'none'}; "
            f"load {t['load_average']['before']} → {t['load_average']['after']}.",
            "",
            "Seconds per component on the same articles: "
            + ", ".join(f"{name} {sec}" for name, sec in t["component_seconds"].items())
            + ".",
            "",
        ]
    if "memory" in results:
        m = results["memory"]
        lines += [
            "## Peak memory of `newsintel ingest`",
            "",
            _run_line(m["meta"]),
            "",
            "| documents | peak RSS (MB) | documents/s | load before |",
            "|---|---|---|---|",
        ]
        lines += [
            f"| {r['documents']} | {r['peak_rss_mb']} | {r['documents_per_s']} | {r['load_average']['before']} |"
            for r in m["runs"]
        ]
        lines += [
            "",
            f"Largest / smallest = **{m['ratio_largest_to_smallest']}** (target ≤ {m['target_ratio']}); "
            f"stages: {', '.join(m['stages']) or 'none (parse only)'}; text: {m['words_per_document']}.",
            "",
        ]
    if "dask" in results:
        d = results["dask"]
        lines += [
            "## Dask LocalCluster",
            "",
            _run_line(d["meta"]),
            "",
            "| workers | seconds | documents/s | startup (s) | load before |",
            "|---|---|---|---|---|",
        ]
        lines += [
            f"| {r['workers']} | {r['seconds']} | {r['documents_per_s']} | {r['startup_seconds']} | "
            f"{r['load_average']['before']} |"
            for r in d["runs"]
        ]
        lines += [
            "",
            f"Speed-up 1 → 2 workers = **{d['speedup']}** (target ≥ {d['target_speedup']}); "
            f"{d['runs'][0]['documents']} documents in batches of {d['batch_size']}.",
            "",
        ]
        if "executor_only" in d:
            e = d["executor_only"]
            lines += [
                f"The executor alone (a CPU-bound stand-in, {e['cpu_seconds_per_document']} s of CPU per "
                f"document, {e['documents']} documents): "
                f"{e['seconds'][1] if 1 in e['seconds'] else e['seconds']['1']} s on 1 worker, "
                f"{e['seconds'][2] if 2 in e['seconds'] else e['seconds']['2']} s on 2: speed-up **{e['speedup']}**.",
                "",
            ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: checks that the benchmarks run")
    parser.add_argument(
        "--only",
        choices=("throughput", "memory", "dask"),
        action="append",
        help="run only these benchmarks (repeatable)",
    )
    parser.add_argument("--articles", type=int, help="articles for throughput and Dask (default 300; quick 20)")
    parser.add_argument(
        "--corpus",
        type=Path,
        help="articles (JSON lines with a text field); default "
        "../shared/eval/news/articles.jsonl when present, else generated text",
    )
    parser.add_argument("--memory-sizes", default=None, help="comma-separated corpus sizes (default 1000,10000)")
    args = parser.parse_args(argv)

    articles, source = load_articles(args.corpus)
    stages = available_stages()
    n = args.articles or (20 if args.quick else 300)
    sizes = [int(s) for s in (args.memory_sizes or ("100,1000" if args.quick else "1000,10000")).split(",")]
    wanted = set(args.only or ("throughput", "memory", "dask"))
    results: dict = {
        "meta": {
            "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "cpus": os.cpu_count(),
            "mode": "quick" if args.quick else "full",
            "corpus": source,
        }
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    if "throughput" in wanted:
        print(f"throughput: {n} articles, stages {stages}", file=sys.stderr)
        results["throughput"] = bench_throughput(articles, n=n, rounds=2 if args.quick else 3)
    if "memory" in wanted:
        # Quick mode: parse only, on 60-word texts, so that 1,000 documents take a minute.
        print(f"memory: sizes {sizes}", file=sys.stderr)
        results["memory"] = bench_memory(
            articles, sizes=sizes, words=60 if args.quick else None, stages=() if args.quick else stages
        )
    if "dask" in wanted:
        print(f"dask: {n} articles on 1 then 2 workers", file=sys.stderr)
        results["dask"] = bench_dask(articles, n=n, batch=4 if args.quick else 8, stages=stages)
    for name in ("throughput", "memory", "dask"):
        if name in results:
            (RESULTS / f"{name}.json").write_text(
                json.dumps({"meta": results["meta"], **results[name]}, indent=2) + "\n"
            )
    latest = {
        name: json.loads((RESULTS / f"{name}.json").read_text())
        for name in ("throughput", "memory", "dask")
        if (RESULTS / f"{name}.json").exists()
    }  # with earlier runs of the benchmarks not run now
    summary = summary_markdown(latest)
    (RESULTS / "summary.md").write_text(summary, encoding="utf-8")
    print(summary)


if __name__ == "__main__":
    main()
