"""Facts from outside the reference that make_template_vectors.py needs: for each template, the model whose
tokenizer supplies BOS/EOS (and, where known, its chat_template), and the model-side oracles used where the catalog
corrects the reference. "checked" is true where the tokens were read from a stored copy of that tokenizer
configuration (the openvino.genai file below), false where they are the published values cited but not re-read here.
"""

REFERENCE = "https://github.com/hiyouga/LLaMA-Factory/blob/e2299e261be852304bb1d370515078193ab12bd8/src/llamafactory/data/template.py"
REFERENCE_TEST = "https://github.com/hiyouga/LLaMA-Factory/blob/e2299e261be852304bb1d370515078193ab12bd8/tests/data/test_template.py"
COPY = "https://github.com/openvinotoolkit/openvino.genai/blob/6d90f5f9d5c8f724f4172494da66888e309333ad/tests/python_tests/data/tokenizer_configs.py"
OPENVINO = {"reference": REFERENCE, "copy": COPY}
HF_JS = "https://github.com/huggingface/huggingface.js/blob/622b12b59a7d5a3b5215a8ac7704c7d04372334a/packages/jinja/test/e2e.test.js"


def hf(repo):
    return f"https://huggingface.co/{repo}/blob/main/tokenizer_config.json"


def copied(repo, bos, eos, openvino=None, **extra):
    """Tokens read from the stored copy of the model's tokenizer configuration."""
    key = openvino or repo
    return dict(model=repo, bos=bos, eos=eos, openvino=key, checked=True,
                source=f"{hf(key)} (read from the stored copy {COPY}, key {key})", **extra)


def published(repo, bos, eos, **extra):
    """Tokens as the model's tokenizer configuration publishes them; no stored copy was found to re-read."""
    return dict(model=repo, bos=bos, eos=eos, openvino=None, checked=False,
                source=f"{hf(repo)} (published value; no stored copy of this file was found to re-read)", **extra)


def unused(note):
    """The template's formats name neither BOS nor EOS and it has stop words, so no tokenizer token is needed."""
    return dict(model=None, bos=None, eos=None, openvino=None, checked=None, source=f"not needed: {note}")


LLAMA = dict(openvino="meta-llama/Llama-2-7b-chat-hf")

TOKENIZERS = {
    "alpaca": copied("meta-llama/Llama-2-7b-chat-hf", "<s>", "</s>", note="Generic template (no registry group uses it): the LLaMA tokenizer is used."),
    "aquila": unused("formats without BOS/EOS; stop word </s>"),
    "atom": published("FlagAlpha/Atom-7B-Chat", "<s>", "</s>"),
    "baichuan": published("baichuan-inc/Baichuan-13B-Chat", "<s>", "</s>"),
    "baichuan2": published("baichuan-inc/Baichuan2-7B-Chat", "<s>", "</s>"),
    "bailing": unused("formats without BOS/EOS; stop word <|endoftext|>"),
    "belle": published("BelleGroup/BELLE-7B-2M", "<s>", "</s>"),
    "bluelm": published("vivo-ai/BlueLM-7B-Chat", "<s>", "</s>"),
    "breeze": copied("MediaTek-Research/Breeze-7B-Instruct-v1_0", "<s>", "</s>"),
    "chatglm2": published("THUDM/chatglm2-6b", None, "</s>"),
    "chatglm3": copied("THUDM/chatglm3-6b", None, "</s>"),
    "chatml": unused("formats without BOS/EOS; replace_eos makes the first stop word <|im_end|> the EOS"),
    "chatml_de": unused("formats without BOS/EOS; replace_eos makes the first stop word <|im_end|> the EOS"),
    "codegeex2": published("THUDM/codegeex2-6b", None, "</s>"),
    "codegeex4": unused("formats without BOS/EOS; stop words <|user|>, <|observation|>"),
    "cohere": copied("CohereForAI/c4ai-command-r-v01", "<BOS_TOKEN>", "<|END_OF_TURN_TOKEN|>", openvino="CohereLabs/c4ai-command-r-v01"),
    "cpm": copied("openbmb/MiniCPM-2B-sft-bf16", "<s>", "</s>", openvino="openbmb/MiniCPM-2B-sft-fp32"),
    "cpm3": copied("openbmb/MiniCPM3-4B", "<s>", "<|im_end|>"),
    "dbrx": copied("databricks/dbrx-instruct", "<|endoftext|>", "<|endoftext|>"),
    "deepseek": copied("deepseek-ai/DeepSeek-V2-Lite-Chat", "<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>"),
    "deepseek3": copied("deepseek-ai/DeepSeek-V3-Base", "<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>"),
    "deepseekcoder": copied("deepseek-ai/deepseek-coder-6.7b-instruct", "<｜begin▁of▁sentence｜>", "<|EOT|>"),
    "default": copied("meta-llama/Llama-2-7b-chat-hf", "<s>", "</s>", note="Generic template (no registry group uses it): the LLaMA tokenizer is used."),
    "empty": copied("meta-llama/Llama-2-7b-chat-hf", "<s>", "</s>", note="Generic template: the LLaMA tokenizer is used."),
    "exaone": copied("LGAI-EXAONE/EXAONE-3.0-7.8B-Instruct", "[BOS]", "[|endofturn|]", openvino="LGAI-EXAONE/EXAONE-3.5-2.4B-Instruct",
                     note="The stored copy is EXAONE 3.5's tokenizer configuration, which has the same special tokens and turn format as EXAONE 3.0's."),
    "falcon": copied("tiiuae/falcon-7b-instruct", None, "<|endoftext|>"),
    "fewshot": copied("meta-llama/Llama-2-7b-chat-hf", "<s>", "</s>", note="Generic template: the LLaMA tokenizer is used."),
    "gemma": copied("google/gemma-7b-it", "<bos>", "<eos>"),
    "glm4": copied("THUDM/glm-4-9b-chat", None, "<|endoftext|>"),
    "granite3": copied("ibm-granite/granite-3.0-1b-a400m-instruct", "<|end_of_text|>", "<|end_of_text|>"),
    "index": published("IndexTeam/Index-1.9B-Chat", "<s>", "</s>"),
    "intern": published("internlm/internlm-chat-7b", "<s>", "</s>"),
    "intern2": copied("internlm/internlm2-chat-7b", "<s>", "</s>"),
    "llama2": copied("meta-llama/Llama-2-7b-chat-hf", "<s>", "</s>"),
    "llama2_zh": published("hfl/chinese-alpaca-2-7b", "<s>", "</s>"),
    "llama3": copied("meta-llama/Meta-Llama-3-8B-Instruct", "<|begin_of_text|>", "<|eot_id|>"),
    "mllama": published("meta-llama/Llama-3.2-11B-Vision-Instruct", "<|begin_of_text|>", "<|eot_id|>"),
    "moonlight": unused("formats without BOS/EOS; stop word <|im_end|>"),
    "llava": published("llava-hf/llava-1.5-7b-hf", "<s>", "</s>"),
    "llava_next": published("llava-hf/llava-v1.6-vicuna-7b-hf", "<s>", "</s>"),
    "llava_next_llama3": published("llava-hf/llama3-llava-next-8b-hf", "<|begin_of_text|>", "<|eot_id|>"),
    "llava_next_mistral": published("llava-hf/llava-v1.6-mistral-7b-hf", "<s>", "</s>"),
    "llava_next_qwen": unused("formats without BOS/EOS; stop word <|im_end|>"),
    "llava_next_yi": unused("formats without BOS/EOS; stop word <|im_end|>"),
    "llava_next_video": published("llava-hf/LLaVA-NeXT-Video-7B-hf", "<s>", "</s>"),
    "llava_next_video_mistral": published("llava-hf/LLaVA-NeXT-Video-7B-32K-hf", "<s>", "</s>"),
    "llava_next_video_yi": unused("formats without BOS/EOS; stop word <|im_end|>"),
    "marco": unused("formats without BOS/EOS; stop word <|im_end|>"),
    "minicpm_v": unused("formats without BOS/EOS; stop word <|im_end|>"),
    "minicpm_o": unused("formats without BOS/EOS; stop word <|im_end|>"),
    "ministral": copied("mistralai/Ministral-8B-Instruct-2410", "<s>", "</s>", openvino="mistralai/Mistral-Nemo-Instruct-2407",
                        note="The stored copy is Mistral-Nemo-Instruct-2407's (a model of the same registry group, same tekken tokenizer)."),
    "mistral": copied("mistralai/Mistral-7B-Instruct-v0.3", "<s>", "</s>"),
    "mistral_small": published("mistralai/Mistral-Small-24B-Instruct-2501", "<s>", "</s>"),
    "olmo": copied("allenai/OLMo-7B-Instruct", None, "<|endoftext|>"),
    "openchat": copied("openchat/openchat-3.5-0106", "<s>", "<|end_of_turn|>"),
    "openchat-3.6": copied("openchat/openchat-3.6-8b-20240522", "<|begin_of_text|>", "<|eot_id|>"),
    "opencoder": unused("formats without BOS/EOS; stop word <|im_end|>"),
    "orion": copied("OrionStarAI/Orion-14B-Chat", "<s>", "</s>"),
    "paligemma": published("google/paligemma-3b-pt-224", "<bos>", "<eos>"),
    "paligemma_chat": published("google/paligemma-3b-mix-224", "<bos>", "<eos>"),
    "phi": copied("microsoft/Phi-3-mini-4k-instruct", "<s>", "<|endoftext|>"),
    "phi_small": copied("microsoft/Phi-3-small-8k-instruct", "<|endoftext|>", "<|endoftext|>"),
    "phi4": copied("microsoft/phi-4", "<|endoftext|>", "<|im_end|>"),
    "pixtral": published("mistral-community/pixtral-12b", "<s>", "</s>"),
    "qwen": copied("Qwen/Qwen2-7B-Instruct", None, "<|im_end|>"),
    "qwen2_audio": unused("formats without BOS/EOS; stop word <|im_end|>"),
    "qwen2_vl": unused("formats without BOS/EOS; stop word <|im_end|>"),
    "sailor": unused("formats without BOS/EOS; stop word <|im_end|>"),
    "skywork_o1": published("Skywork/Skywork-o1-Open-Llama-3.1-8B", "<|begin_of_text|>", "<|eot_id|>"),
    "solar": copied("upstage/SOLAR-10.7B-Instruct-v1.0", "<s>", "</s>"),
    "starchat": unused("formats without BOS/EOS; stop word <|end|>"),
    "telechat": published("Tele-AI/telechat-7B", "<_start>", "<_end>"),
    "telechat2": published("Tele-AI/TeleChat2-7B", "<_start>", "<_end>"),
    "vicuna": published("lmsys/vicuna-7b-v1.5", "<s>", "</s>"),
    "video_llava": published("LanguageBind/Video-LLaVA-7B-hf", "<s>", "</s>"),
    "xuanyuan": published("Duxiaoman-DI/XuanYuan-6B-Chat", "<s>", "</s>"),
    "xverse": published("xverse/XVERSE-13B-Chat", "<|startoftext|>", "<|endoftext|>"),
    "yayi": unused("formats without BOS/EOS; stop word <|End|>"),
    "yi": copied("01-ai/Yi-1.5-34B-Chat", "<|startoftext|>", "<|im_end|>"),
    "yi_vl": unused("formats without BOS/EOS; stop word ###"),
    "yuan": unused("formats without BOS/EOS; stop word <eod>"),
    "zephyr": published("HuggingFaceH4/zephyr-7b-beta", "<s>", "</s>"),
    "ziya": published("IDEA-CCNL/Ziya-LLaMA-13B-v1", "<s>", "</s>"),
}

ZEPHYR_CHAT_TEMPLATE = (
    "{% for message in messages %}\n{% if message['role'] == 'user' %}\n{{ '<|user|>\n' + message['content'] + eos_token }}\n"
    "{% elif message['role'] == 'system' %}\n{{ '<|system|>\n' + message['content'] + eos_token }}\n"
    "{% elif message['role'] == 'assistant' %}\n{{ '<|assistant|>\n'  + message['content'] + eos_token }}\n{% endif %}\n"
    "{% if loop.last and add_generation_prompt %}\n{{ '<|assistant|>' }}\n{% endif %}\n{% endfor %}")


def _tokenizer_oracle(name, **extra):
    info = TOKENIZERS[name]
    info["oracle"] = "tokenizer-chat-template"
    info["oracle_source"] = f"{hf(info['openvino'])} chat_template, read from the stored copy {COPY}"
    info.update(extra)


for _name in ("openchat", "openchat-3.6", "deepseekcoder", "breeze"):
    _tokenizer_oracle(_name)
_tokenizer_oracle("olmo", limitations={
    "system-user-assistant-user": "OLMo's chat_template has no system role and drops a system message; the catalog says "
                                  "system_placement none, so rendering a system message is refused instead."})
_tokenizer_oracle("zephyr", chat_template=ZEPHYR_CHAT_TEMPLATE,
                  oracle_source=f"{HF_JS} (the chat_template of HuggingFaceH4/zephyr-7b-beta, quoted there with its expected outputs)")
for _name in ("alpaca", "default", "empty", "fewshot"):
    TOKENIZERS[_name]["compare"] = False


def _chatglm2(messages):
    """ChatGLM2-6B's build_prompt (tokenization_chatglm.py): rounds numbered from 1, '\n\n' after each finished answer;
    its tokenizer puts [gMASK] sop in front. It has no system role: a system text is put where the reference puts it."""
    prompt = "[gMASK]sop"
    if messages[0][0] == "system":
        prompt += messages[0][1]
        messages = messages[1:]
    rounds = [messages[i:i + 2] for i in range(0, len(messages), 2)]
    parts = []
    for number, turn in enumerate(rounds, start=1):
        part = "[Round {}]\n\n问：{}\n\n答：".format(number, turn[0][1])
        if len(turn) == 2:
            part += turn[1][1]
        parts.append(part)
    return prompt + "\n\n".join(parts)


FASTCHAT = "https://github.com/lm-sys/FastChat/blob/2c68a13bfe10b86f40e3eefc3fcfacb32c00b02a/fastchat/conversation.py"
VICUNA_SYSTEM = ("A chat between a curious user and an artificial intelligence assistant. "
                 "The assistant gives helpful, detailed, and polite answers to the user's questions.")


def _colon_two(default_system, user_role, assistant_role):
    """FastChat's ADD_COLON_TWO conversation style (sep ' ', sep2 '</s>'): the system text, ' ', then 'ROLE: text' followed
    by ' ' after a user message and '</s>' after an assistant message; an empty message (or the open assistant turn) is
    written as its bare 'ROLE:'."""
    def render(messages):
        system = default_system
        if messages[0][0] == "system":
            system = messages[0][1]
            messages = messages[1:]
        turns = [(user_role if role == "user" else assistant_role, content) for role, content in messages]
        if messages[-1][0] == "user":
            turns.append((assistant_role, None))
        seps = [" ", "</s>"]
        prompt = system + seps[0]
        for i, (role, message) in enumerate(turns):
            prompt += role + ": " + message + seps[i % 2] if message else role + ":"
        return prompt
    return render


_vicuna = _colon_two(VICUNA_SYSTEM, "USER", "ASSISTANT")


def _intern(messages):
    """InternLM-chat-7b's build_inputs (modeling_internlm.py): '<s><|User|>:q<eoh>\n<|Bot|>:a<eoa>\n' for every finished
    round, then '<|User|>:q<eoh>\n<|Bot|>:', with '<s>' in front only when there is no finished round. The model code has
    no system text; a system message is put where the reference puts it (after the first <s>)."""
    system = ""
    if messages[0][0] == "system":
        system = "<|System|>:" + messages[0][1] + "\n"
        messages = messages[1:]
    elif INTERN_SYSTEM:
        system = "<|System|>:" + INTERN_SYSTEM + "\n"
    rounds = [messages[i:i + 2] for i in range(0, len(messages), 2)]
    prompt = ""
    for turn in rounds:
        if len(turn) == 2:
            prompt += "<s><|User|>:{}<eoh>\n<|Bot|>:{}<eoa>\n".format(turn[0][1], turn[1][1])
        else:
            prompt += ("" if prompt else "<s>") + "<|User|>:{}<eoh>\n<|Bot|>:".format(turn[0][1])
    return prompt[:3] + system + prompt[3:]


INTERN_SYSTEM = (
    "You are an AI assistant whose name is InternLM (书生·浦语).\n"
    "- InternLM (书生·浦语) is a conversational language model that is developed by Shanghai AI Laboratory "
    "(上海人工智能实验室). It is designed to be helpful, honest, and harmless.\n"
    "- InternLM (书生·浦语) can understand and communicate fluently in the language "
    "chosen by the user such as English and 中文.")

XUANYUAN_SYSTEM = (
    "以下是用户和人工智能助手之间的对话。用户以Human开头，人工智能助手以Assistant开头，会对人类提出的问题给出有帮助、高质量、详细和礼貌的回答，"
    "并且总是拒绝参与与不道德、不安全、有争议、政治敏感等相关的话题、问题和指示。\n")
XUANYUAN_CONVERSATION = "https://github.com/Duxiaoman-DI/XuanYuan/blob/cb1ec3ad64c156db9fe7c1ffc223896901b37ae9/conversation.py"

MODEL_CODE = {"chatglm2": _chatglm2, "vicuna": _vicuna, "intern": _intern,
              "xuanyuan": _colon_two(XUANYUAN_SYSTEM, "Human", "Assistant")}
TOKENIZERS["xuanyuan"].update(
    oracle="model-code",
    oracle_source=f"{XUANYUAN_CONVERSATION} (conversation XuanYuan-Chat: ADD_COLON_TWO, sep ' ', sep2 '</s>', roles Human and "
                  "Assistant, its system message; re-implemented in tokenizers_table.py)",
    limitations={"empty-content": "XuanYuan's conversation code writes an empty message as its bare role and colon "
                                  "('Human:'); the table's formats always write the space and separator."})
TOKENIZERS["intern"].update(
    oracle="model-code",
    oracle_source="https://huggingface.co/internlm/internlm-chat-7b/blob/main/modeling_internlm.py (build_inputs, re-implemented "
                  "in tokenizers_table.py; seen here through third-party copies of the function, the file itself was not re-read; "
                  "the system text and the reference's default system prompt are placed as the reference places them)",
    limitations={case: "InternLM's build_inputs starts every finished round with <s> (and the last query with <s> only when "
                       "there is no finished round); the table writes <s> once, as the prefix."
                 for case in ("multi-turn",)})
TOKENIZERS["vicuna"].update(
    oracle="model-code",
    oracle_source=f"{FASTCHAT}#L771-L781 (conversation vicuna_v1.1; get_prompt ADD_COLON_TWO at #L90-L101), re-implemented in "
                  "tokenizers_table.py",
    limitations={"empty-content": "FastChat writes an empty message as its bare role and colon ('USER:'), without the "
                                  "space and separator around the text; the table's formats always write them."})
TOKENIZERS["chatglm2"].update(
    oracle="model-code",
    oracle_source="https://huggingface.co/THUDM/chatglm2-6b/blob/main/tokenization_chatglm.py (build_prompt, re-implemented "
                  "in tokenizers_table.py; seen here through third-party copies of the function, the file itself was not re-read)",
    limitations={case: "ChatGLM2 numbers rounds ([Round 1], [Round 2], …); the table has no round counter and writes every "
                       "round as [Round 1]." for case in ("system-user-assistant-user", "multi-turn", "empty-content")})

_TEST_MESSAGES = [("user", "How are you"), ("assistant", "I am fine!"), ("user", "你好"), ("assistant", "很高兴认识你！")]

REFERENCE_TESTS = {
    "gemma": dict(line=148, expected=(
        "<bos><start_of_turn>user\nHow are you<end_of_turn>\n<start_of_turn>model\nI am fine!<end_of_turn>\n"
        "<start_of_turn>user\n你好<end_of_turn>\n<start_of_turn>model\n" "很高兴认识你！<end_of_turn>\n")),
    "llama3": dict(line=161, expected=(
        "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHow are you<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\nI am fine!<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\n你好<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"
        "很高兴认识你！<|eot_id|>")),
    "phi4": dict(line=176, expected=(
        "<|im_start|>user<|im_sep|>How are you<|im_end|><|im_start|>assistant<|im_sep|>I am fine!<|im_end|>"
        "<|im_start|>user<|im_sep|>你好<|im_end|><|im_start|>assistant<|im_sep|>" "很高兴认识你！<|im_end|>")),
    "qwen": dict(line=189, expected=(
        "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\nHow are you<|im_end|>\n"
        "<|im_start|>assistant\nI am fine!<|im_end|>\n<|im_start|>user\n你好<|im_end|>\n<|im_start|>assistant\n"
        "很高兴认识你！<|im_end|>\n")),
    "yi": dict(line=203, expected=(
        "<|im_start|>user\nHow are you<|im_end|>\n<|im_start|>assistant\nI am fine!<|im_end|>\n"
        "<|im_start|>user\n你好<|im_end|>\n<|im_start|>assistant\n" "很高兴认识你！<|im_end|>\n")),
}
for _name, _case in REFERENCE_TESTS.items():
    _case["messages"] = _TEST_MESSAGES
    _case["source"] = f"{REFERENCE_TEST}#L{_case['line']} (prompt_str + answer_str of test_{_name}_template)"
