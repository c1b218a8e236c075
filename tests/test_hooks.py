"""The MkDocs hooks stay thin wiring, and every event says where it runs among plugins."""

import importlib.util
import inspect

from conftest import ROOT


def hooks():
    spec = importlib.util.spec_from_file_location("site_hooks", ROOT / "hooks" / "site_hooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_event_declares_its_priority_with_a_reason():
    module = hooks()
    source = (ROOT / "hooks" / "site_hooks.py").read_text(encoding="utf-8").splitlines()
    events = {name: f for name, f in vars(module).items()
              if name.startswith("on_") and inspect.isfunction(f)}
    assert len(events) >= 9
    for name, function in events.items():
        assert hasattr(function, "mkdocs_priority"), f"{name}: add @event_priority(N)"
        line = inspect.getsourcelines(function)[1] - 1  # the decorator's line
        decorator = source[line - 1] if not source[line].startswith("@") else source[line]
        assert "#" in decorator, f"{name}: say why its priority is what it is"


def test_the_package_docstring_names_every_module_and_package():
    import lawguide

    package = ROOT / "hooks" / "lawguide"
    names = [p.stem for p in package.glob("*.py") if p.stem != "__init__"]
    names += [p.parent.name for p in package.glob("*/__init__.py")]
    missing = [name for name in names if f"- ``{name}``" not in lawguide.__doc__]
    assert not missing, f"add a line for each to hooks/lawguide/__init__.py: {missing}"
    for sub in package.glob("*/__init__.py"):  # each package names its own modules
        doc = sub.read_text(encoding="utf-8").split('"""')[1]
        modules = [p.stem for p in sub.parent.glob("*.py") if p.stem != "__init__"]
        assert not [m for m in modules if f"``{m}``" not in doc], sub
