"""Make timeline/extract/common_words.txt: common English words, the ones a dictionary writes in
lower case, to tell a sentence's first word capitalised only for its place ("Riot police were
deployed", "Volunteer firefighters") from a name written once ("Taliban fighters attacked").

Run once by hand, not by the tool or the tests (the list is shipped):

    pip install english-words wordfreq
    python benchmarks/common_words.py

A word is kept when Webster's Second International (english-words' "web2" list) has it in lower
case and wordfreq gives it a Zipf frequency of at least 3 (once per million words): the words a
news story may open a sentence with, without the dictionary's rare words that are also names.
"""

from pathlib import Path

from english_words import get_english_words_set  # type: ignore[import-not-found]
from wordfreq import zipf_frequency  # type: ignore[import-not-found]

MIN_ZIPF = 3.0
OUT = Path(__file__).resolve().parent.parent / "timeline" / "extract" / "common_words.txt"


def main() -> None:
    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    words = sorted(w for w in web2 if w.islower() and zipf_frequency(w, "en") >= MIN_ZIPF)
    OUT.write_text("".join(f"{w}\n" for w in words), encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
