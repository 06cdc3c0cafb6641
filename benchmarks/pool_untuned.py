"""Pool the untuned figures of the random held-out rounds: what the detector scored on each round once, before
that round's labels were read (and so before any fix drawn from them).

    python benchmarks/pool_untuned.py                 # all the random rounds recorded
    python benchmarks/pool_untuned.py 212-231 67-90   # some of them

``benchmarks/untuned/heldoutN_untuned.txt`` is ``corpus_accuracy.py --heldoutN --show-errors`` as it printed at
the time, against the first labeller; ``heldoutN_agree_untuned.txt`` (from round 67 on) is ``labeller_agreement.py``'s
lines for that round at the same commit. ``commits.txt`` gives the commit each round from 96 on was scored at;
the earlier ones are in ``benchmarks/detection_accuracy.md``. These files are records: they are never rewritten.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

UNTUNED = Path(__file__).resolve().parent / "untuned"
#: A class line of ``corpus_accuracy.py``'s table: name, precision, recall, tp, fp, fn.
_CLASS_LINE = re.compile(r"^[a-z_]+\s+[\d.]+\s+[\d.]+\s+(\d+)\s+(\d+)\s+(\d+)\s*$")
_TOTALS = re.compile(r"products: (\d+).*\((\d+)/(\d+)\)")
_AGREED = re.compile(r"detector where both agree .*\((\d+)/(\d+)\)")


def _rounds(spans: list[str]) -> list[int]:
    """The rounds named by ``A-B`` spans and single numbers; all recorded rounds when none is named."""
    if not spans:
        return sorted(int(m.group(1)) for path in UNTUNED.glob("heldout*_untuned.txt")
                      if (m := re.fullmatch(r"heldout(\d+)_untuned", path.stem)))
    rounds: list[int] = []
    for span in spans:
        low, _, high = span.partition("-")
        rounds += range(int(low), int(high or low) + 1)
    return rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("spans", nargs="*", help="rounds: A-B or N (default: every round recorded)")
    rounds = _rounds(parser.parse_args().spans)
    tp = fp = fn = lists = right = total = agreed_right = agreed_total = agreed_rounds = 0
    for n in rounds:
        path = UNTUNED / f"heldout{n}_untuned.txt"
        if not path.exists():
            raise SystemExit(f"Error: no untuned record for round {n} ({path.name}); pick recorded rounds")
        for line in path.read_text(encoding="utf-8").splitlines():
            if found := _CLASS_LINE.match(line):
                tp, fp, fn = tp + int(found[1]), fp + int(found[2]), fn + int(found[3])
            elif found := _TOTALS.search(line):
                lists, right, total = lists + int(found[1]), right + int(found[2]), total + int(found[3])
        agree = UNTUNED / f"heldout{n}_agree_untuned.txt"
        if agree.exists() and (found := _AGREED.search(agree.read_text(encoding="utf-8"))):
            agreed_right, agreed_total = agreed_right + int(found[1]), agreed_total + int(found[2])
            agreed_rounds += 1
    print(f"{len(rounds)} rounds, {lists} lists, untuned against the first labeller: "
          f"micro-F1 {2 * tp / (2 * tp + fp + fn):.3f}, acids {right / total:.3f} ({right}/{total})")
    if agreed_total:
        print(f"where both labellers agree ({agreed_rounds} of those rounds): "
              f"acids {agreed_right / agreed_total:.3f} ({agreed_right}/{agreed_total})")


if __name__ == "__main__":
    main()
