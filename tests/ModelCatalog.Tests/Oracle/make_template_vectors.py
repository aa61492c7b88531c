"""Writes Fixtures/template-vectors.json: what each chat template must render for six fixed conversations.

The expectations never come from data/templates.csv. For each template they are produced by one of:
- "reference-code": LLaMA-Factory v0.9.2's own Template._encode (its template.py, formatter.py and tool_utils.py,
  loaded by reference_loader.py) run over the conversation with a tokenizer whose ids are text, so the encoder
  returns the prompt's pieces; BOS/EOS are the tokens of the model's tokenizer configuration (TOKENIZERS below).
- "tokenizer-chat-template": the model's own chat_template (from its tokenizer configuration) rendered with jinja2
  the way transformers renders it (trim_blocks, lstrip_blocks); used where the catalog follows the model instead of
  the reference.
- "model-code": the prompt builder published with the model (see MODEL_CODE), where the model has no chat_template.
- "reference-test": the reference's own tests/data/test_template.py strings (REFERENCE_TESTS), a seventh case.
Where a tokenizer chat_template is known and the vector comes from the reference code, the template is also rendered
and the vector says whether the two agree.

Usage: python3 make_template_vectors.py REFERENCE_SRC_DIR OPENVINO_TOKENIZER_CONFIGS_PY OUT_JSON
  REFERENCE_SRC_DIR: src/llamafactory of LLaMA-Factory at v0.9.2 (e2299e261be852304bb1d370515078193ab12bd8);
  OPENVINO_TOKENIZER_CONFIGS_PY: tests/python_tests/data/tokenizer_configs.py of openvinotoolkit/openvino.genai at
  6d90f5f9d5c8f724f4172494da66888e309333ad, a stored copy of many models' Hugging Face tokenizer configurations.
"""

import importlib.util
import json
import sys

import jinja2
import jinja2.sandbox

import reference_loader
from tokenizers_table import MODEL_CODE, OPENVINO, REFERENCE_TESTS, TOKENIZERS

CASES = [
    ("system-user-assistant-user", [("system", "You are terse."), ("user", "Hi"), ("assistant", "Hello!"), ("user", "2+2?")]),
    ("user-only", [("user", "Hi")]),
    ("multi-turn", [("user", "a"), ("assistant", "b"), ("user", "c"), ("assistant", "d"), ("user", "e")]),
    ("empty-content", [("user", ""), ("assistant", ""), ("user", "")]),
    ("special-tokens-in-content", None),
    ("ends-with-assistant", [("user", "Hi"), ("assistant", "Hello!")]),
]


def reference_prompt(template, messages, bos, eos):
    system = None
    if messages and messages[0][0] == "system":
        system = messages[0][1]
        messages = messages[1:]
    turns = [{"role": role, "content": content} for role, content in messages]
    pieces = template._encode(reference_loader.TextTokenizer(bos, eos), turns, system, None)
    return "".join("".join(piece) for piece in pieces)


def jinja_prompt(chat_template, messages, bos, eos):
    def raise_exception(message):
        raise jinja2.exceptions.TemplateError(message)

    env = jinja2.sandbox.ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
    env.globals["raise_exception"] = raise_exception
    turns = [{"role": role, "content": content} for role, content in messages]
    return env.from_string(chat_template).render(
        messages=turns, bos_token=bos or "", eos_token=eos or "", add_generation_prompt=messages[-1][0] == "user")


def special_case(template, info):
    token = template.stop_words[0] if template.stop_words else info["eos"]
    return [("user", f"say {token} now")], (
        "content holds the template's first reference stop word" if template.stop_words else
        "content holds the tokenizer's EOS token")


def main(reference_dir, openvino_file, out_file):
    templates = reference_loader.load_templates(reference_dir)
    spec = importlib.util.spec_from_file_location("openvino_tokenizer_configs", openvino_file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    configs = module.get_tokenizer_configs()

    vectors = []
    for name, template in templates.items():
        info = TOKENIZERS[name]
        chat_template = None
        if info.get("openvino"):
            config = configs[info["openvino"]]
            chat_template = config.get("chat_template")
            if isinstance(chat_template, dict):
                chat_template = chat_template.get("default")
        oracle = info.get("oracle", "reference-code")
        for case, messages in CASES:
            how_content = None
            if messages is None:
                messages, how_content = special_case(template, info)
            vector = {"template": name, "case": case,
                      "messages": [{"role": r, "content": c} for r, c in messages]}
            if oracle == "reference-code":
                vector["expected"] = reference_prompt(template, messages, info["bos"], info["eos"])
                vector["oracle"] = "reference-code"
            elif oracle == "tokenizer-chat-template":
                vector["expected"] = jinja_prompt(chat_template or info["chat_template"], messages, info["bos"], info["eos"])
                vector["oracle"] = "tokenizer-chat-template"
            else:
                vector["expected"] = MODEL_CODE[name](messages)
                vector["oracle"] = "model-code"
            vector["source"] = info["oracle_source"] if oracle != "reference-code" else OPENVINO["reference"]
            vector["bos"] = info["bos"]
            vector["eos"] = info["eos"]
            vector["bos_eos_source"] = info["source"]
            check = None
            if oracle == "reference-code" and chat_template and info.get("compare", True):
                try:
                    rendered = jinja_prompt(chat_template, messages, info["bos"], info["eos"])
                    check = "agrees" if rendered == vector["expected"] else "differs: " + json.dumps(rendered, ensure_ascii=False)
                except jinja2.exceptions.TemplateError as error:
                    check = f"the chat_template refuses this conversation ({error})"
            vector["tokenizer_chat_template_check"] = check
            vector["note"] = " ".join(filter(None, [how_content, info.get("note")])) or None
            vector["limitation"] = info.get("limitations", {}).get(case)
            vectors.append(vector)

    for name, case in REFERENCE_TESTS.items():
        info = TOKENIZERS[name]
        vectors.append({"template": name, "case": "reference-test",
                        "messages": [{"role": r, "content": c} for r, c in case["messages"]],
                        "expected": case["expected"], "oracle": "reference-test", "source": case["source"],
                        "bos": info["bos"], "eos": info["eos"], "bos_eos_source": info["source"],
                        "tokenizer_chat_template_check": None, "note": case.get("note")})

    document = {
        "reference": "LLaMA-Factory v0.9.2 e2299e261be852304bb1d370515078193ab12bd8 (src/llamafactory/data/template.py)",
        "produced_by": "tests/ModelCatalog.Tests/Oracle/make_template_vectors.py (see its docstring)",
        "conventions": (
            "oracle says how expected was produced: reference-code (LLaMA-Factory v0.9.2's Template._encode run over "
            "the messages, BOS/EOS from bos_eos_source), tokenizer-chat-template (the model's chat_template rendered "
            "with jinja2 as transformers does, add_generation_prompt when the last message is the user's), model-code "
            "(the model's published prompt builder), reference-test (strings of the reference's tests/data/"
            "test_template.py). A leading system message is the encode system argument; when absent the template's "
            "default_system applies. The EOS that efficient_eos templates get appended after the whole sequence by "
            "the supervised processor is not part of the template and is not included. "
            "tokenizer_chat_template_check compares a reference-code expectation with the model's chat_template where "
            "one is known. A vector with a limitation is a prompt the catalog's columns cannot express: it is kept as "
            "the truth and asserted to differ until the table can express it."),
        "vectors": vectors,
    }
    with open(out_file, "w", encoding="utf-8", newline="\n") as f:
        json.dump(document, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
