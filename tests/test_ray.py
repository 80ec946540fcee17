"""`--executor ray` on a local Ray instance: the same records, errors and run store as a local run."""

from __future__ import annotations

import pytest

ray = pytest.importorskip("ray")


@pytest.fixture
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def test_documents_processed_on_ray_match_a_local_run(tmp_path, receipt_image, local_ray):
    from scan2data import load_pipeline
    from scan2data.store import RunStore

    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "a.png").write_bytes(receipt_image.read_bytes())
    (folder / "b.png").write_bytes(receipt_image.read_bytes() + b"\0")
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    pipeline = load_pipeline("receipt", engine="local")
    on_ray = pipeline.run([folder], executor="ray", fresh=True)
    here = load_pipeline("receipt", engine="local").run([folder], record=False)
    assert "processing on Ray: 2 workers" in on_ray.notices
    assert [d.data for d in on_ray.documents] == [d.data for d in here.documents]
    assert [d.source.name for d in on_ray.documents] == ["a.png", "b.png"]
    (error,) = on_ray.errors
    assert error.kind == "input_error" and "broken.jpg" in error.message and "scan2data-ray-" not in error.message
    stored = RunStore().load_result(str(on_ray.run_id))
    assert len(stored.documents) == 2 and len(stored.errors) == 1
    again = load_pipeline("receipt", engine="local").run([folder], executor="ray")
    assert again.cached == 2  # the run store's cache works the same: nothing sent to Ray again
