"""Runs LCS's own synthesizer (src/llama_stack_configuration.py at the pinned commit) over each case directory:
lightspeed-stack.yaml (+ files it names) -> expected-run.yaml (YAML data) or expected-error.txt (the exception)."""
import sys, os, yaml, pathlib
from llama_stack_configuration import synthesize_configuration, generate_configuration
for case in sorted(pathlib.Path(sys.argv[1]).iterdir()):
    cfg = case / "lightspeed-stack.yaml"
    if not cfg.exists():
        continue
    lcs = yaml.safe_load(cfg.read_text())
    out = case / "expected-run.yaml"
    try:
        ls = lcs.get("llama_stack") or {}
        if ls.get("library_client_config_path") is not None and ls.get("config") is None:
            generate_configuration(str(case / ls["library_client_config_path"]), str(out), lcs)
            result = yaml.safe_load(out.read_text())
        else:
            result = synthesize_configuration(lcs, config_file_dir=str(case))
        out.write_text(yaml.safe_dump(result, sort_keys=False))
    except Exception as e:
        (case / "expected-error.txt").write_text(type(e).__name__ + ": " + str(e).replace(str(case.parent) + "/", "") + "\n")
        if out.exists(): out.unlink()
    print(case.name, "ok" if out.exists() else "error")
