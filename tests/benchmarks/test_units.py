"""The benchmarks' units say what they count: 1024² bytes are a MiB, and are printed so (they were printed "MB")."""

from benchmarks.units import file_size, mib


def test_a_peak_of_memory_is_whole_mib():
    assert mib(1_503_657_984) == "1,434 MiB"  # the 100,000-debtor build's peak, 1.5 billion bytes
    assert mib(1_048_576) == "1 MiB"


def test_a_file_is_a_tenth_of_a_mib_from_one_mib_on_and_whole_kib_below():
    assert file_size(29_150_000) == "27.8 MiB"  # the search index at 100,000: 29.15 million bytes
    assert file_size(933_752_832) == "890.5 MiB"
    assert file_size(1_048_576) == "1.0 MiB"
    assert file_size(1_048_575) == "1,024 KiB"
    assert file_size(278_528) == "272 KiB"
