"""Loads LLaMA-Factory v0.9.2's own template registry (data/template.py, data/formatter.py, data/tool_utils.py)
without its heavy dependencies, so that its Template._encode can be run over fixed conversations.

Only the modules the registry imports but does not need for formatting text are replaced by small stand-ins:
logging, check_version, data_utils (Role and SLOTS) and mm_plugin (records the plugin's name and tokens).
"""

import enum
import importlib.util
import pathlib
import sys
import types


def _module(name, **attributes):
    module = types.ModuleType(name)
    module.__dict__.update(attributes)
    sys.modules[name] = module
    return module


class _Logger:
    def __getattr__(self, _name):
        return lambda *args, **kwargs: None


class Role(str, enum.Enum):
    USER = "user"
    ASSISTANT = "assistant"
    SYSTEM = "system"
    FUNCTION = "function"
    OBSERVATION = "observation"


class Plugin:
    """Stand-in for mm_plugin's plugins: keeps what get_mm_plugin was given."""

    def __init__(self, name, image_token=None, video_token=None, audio_token=None):
        self.name = name
        self.image_token = image_token
        self.video_token = video_token
        self.audio_token = audio_token


def load_templates(reference_dir):
    """reference_dir: the src/llamafactory folder of a v0.9.2 checkout. Returns the TEMPLATES dict."""
    reference_dir = pathlib.Path(reference_dir)
    _module("llamafactory", __path__=[])
    _module("llamafactory.extras", __path__=[])
    _module("llamafactory.extras.logging", get_logger=lambda name: _Logger())
    _module("llamafactory.extras.misc", check_version=lambda *args, **kwargs: None)
    _module("llamafactory.data", __path__=[])
    _module("llamafactory.data.data_utils", Role=Role, SLOTS=list)
    _module("llamafactory.data.mm_plugin", get_mm_plugin=Plugin)
    for name in ("tool_utils", "formatter", "template"):
        spec = importlib.util.spec_from_file_location(f"llamafactory.data.{name}", reference_dir / "data" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)

    return sys.modules["llamafactory.data.template"].TEMPLATES


class TextTokenizer:
    """A tokenizer whose ids are the text itself, so that the reference's encoder returns the prompt's pieces.

    BOS and EOS are the token strings of the model's tokenizer configuration (cited in the vectors)."""

    def __init__(self, bos_token, eos_token):
        self.bos_token = bos_token
        self.eos_token = eos_token
        self.bos_token_id = bos_token
        self.eos_token_id = eos_token

    def encode(self, text, add_special_tokens=False):
        return [text]

    def convert_tokens_to_ids(self, token):
        return token
