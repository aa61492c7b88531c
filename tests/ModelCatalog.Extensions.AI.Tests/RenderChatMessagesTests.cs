using Microsoft.Extensions.AI;

namespace ModelCatalog.Extensions.AI.Tests;

/// <summary>
/// Microsoft.Extensions.AI conversations rendered through a template. Each expected prompt is written out by hand from
/// the template's definition in the reference, LLaMA-Factory v0.9.2 (src/llamafactory/data/template.py at commit
/// e2299e261be852304bb1d370515078193ab12bd8): its prefix, system, user and assistant formats, default system prompt
/// and its multimodal plugin's media tokens; for Llama 3 also Meta's published prompt format
/// (https://www.llama.com/docs/model-cards-and-prompt-formats/meta-llama-3/). None is produced by the renderer.
/// </summary>
public class RenderChatMessagesTests
{
    // template.py, llava: format_user "USER: {{content}} ASSISTANT:", the default format_system "{{content}}", this default_system.
    private const string LlavaDefaultSystem =
        "A chat between a curious user and an artificial intelligence assistant. The assistant gives helpful, detailed, and polite answers to the user's questions.";

    [Fact]
    public void Llama3_system_user_assistant_user_follows_Meta_format()
    {
        ChatMessage[] messages =
        [
            new(ChatRole.System, "You are terse."),
            new(ChatRole.User, "Hi"),
            new(ChatRole.Assistant, "Hello!"),
            new(ChatRole.User, "2+2?"),
        ];

        Assert.Equal(
            "<|begin_of_text|>"
            + "<|start_header_id|>system<|end_header_id|>\n\nYou are terse.<|eot_id|>"
            + "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>"
            + "<|start_header_id|>assistant<|end_header_id|>\n\nHello!<|eot_id|>"
            + "<|start_header_id|>user<|end_header_id|>\n\n2+2?<|eot_id|>"
            + "<|start_header_id|>assistant<|end_header_id|>\n\n",
            Templates.Llama3.Render(messages));
    }

    [Fact]
    public void Text_contents_of_one_message_are_joined_in_order()
    {
        ChatMessage message = new(ChatRole.User, [new TextContent("Hello, "), new TextContent("world")]);

        Assert.Equal(
            "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHello, world<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n",
            Templates.Llama3.Render([message]));
    }

    [Fact]
    public void Without_generation_prompt_the_last_assistant_message_stays_open()
    {
        ChatMessage[] messages = [new(ChatRole.User, "Hi"), new(ChatRole.Assistant, "Hel")];

        Assert.Equal(
            "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nHel",
            Templates.Llama3.Render(messages, addGenerationPrompt: false));
    }

    [Fact]
    public void An_image_becomes_the_llava_image_token_where_it_stands()
    {
        // template.py, llava: mm_plugin image_token "<image>". Image first, as in LLaVA's own prompts.
        ChatMessage message = new(ChatRole.User, [new DataContent(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "image/png"), new TextContent("What is shown?")]);

        Assert.Equal(LlavaDefaultSystem + "USER: <image>What is shown? ASSISTANT:", Templates.Llava.Render([message]));
    }

    [Fact]
    public void Image_audio_and_video_become_the_minicpm_o_tokens()
    {
        // template.py, minicpm_o: ChatML formats, default_system "You are Qwen, ...", mm_plugin tokens <image>, <video>, <audio>.
        ChatMessage message = new(ChatRole.User,
        [
            new UriContent("https://example.com/cat.jpg", "image/jpeg"),
            new TextContent(" and "),
            new DataContent(new byte[] { 1, 2, 3 }, "audio/wav"),
            new TextContent(" and "),
            new UriContent("https://example.com/clip.mp4", "video/mp4"),
            new TextContent(": describe."),
        ]);

        Assert.Equal(
            "<|im_start|>system\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>\n"
            + "<|im_start|>user\n<image> and <audio> and <video>: describe.<|im_end|>\n<|im_start|>assistant\n",
            Templates.MinicpmO.Render([message]));
    }

    [Fact]
    public void Audio_given_as_a_data_uri_becomes_the_qwen2_audio_token()
    {
        // template.py, qwen2_audio: ChatML formats, default_system "You are a helpful assistant.", audio_token "<|AUDIO|>".
        ChatMessage[] messages =
        [
            new(ChatRole.System, "Transcribe."),
            new(ChatRole.User, [new DataContent("data:audio/mpeg;base64,SUQz"), new TextContent("Go.")]),
        ];

        Assert.Equal(
            "<|im_start|>system\nTranscribe.<|im_end|>\n<|im_start|>user\n<|AUDIO|>Go.<|im_end|>\n<|im_start|>assistant\n",
            Templates.Qwen2Audio.Render(messages));
    }

    [Fact]
    public void A_tool_message_is_an_error_naming_the_message_and_role()
    {
        ChatMessage[] messages =
        [
            new(ChatRole.User, "Weather?"),
            new(ChatRole.Assistant, "Checking."),
            new(ChatRole.Tool, [new FunctionResultContent("call-1", "sunny")]),
        ];

        var error = Assert.Throws<ArgumentException>(() => Templates.Llama3.Render(messages));

        Assert.Equal("messages", error.ParamName);
        Assert.StartsWith("Message 2 has the role 'tool': the llama3 template has formats for system, user and assistant messages only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tool_call_is_an_error_naming_the_message_content_and_function()
    {
        ChatMessage[] messages =
        [
            new(ChatRole.User, "Weather?"),
            new(ChatRole.Assistant, [new TextContent("Checking."), new FunctionCallContent("call-1", "get_weather")]),
        ];

        var error = Assert.Throws<ArgumentException>(() => Templates.Qwen.Render(messages));

        Assert.StartsWith("Message 1 (assistant), content 1: a tool call to 'get_weather' (FunctionCallContent) cannot be rendered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_result_inside_a_user_message_is_an_error()
    {
        ChatMessage message = new(ChatRole.User, [new FunctionResultContent("call-7", "42")]);

        var error = Assert.Throws<ArgumentException>(() => Templates.Qwen.Render([message]));

        Assert.StartsWith("Message 0 (user), content 0: the result of tool call 'call-7' (FunctionResultContent) cannot be rendered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reasoning_text_is_an_error_not_a_silent_drop()
    {
        ChatMessage[] messages = [new(ChatRole.User, "Hi"), new(ChatRole.Assistant, [new TextReasoningContent("thinking"), new TextContent("Hello")])];

        var error = Assert.Throws<ArgumentException>(() => Templates.Qwen.Render(messages));

        Assert.StartsWith("Message 1 (assistant), content 0: reasoning text (TextReasoningContent) cannot be rendered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_for_a_text_only_template_is_an_error_naming_the_kind()
    {
        ChatMessage message = new(ChatRole.User, [new TextContent("Look: "), new DataContent(new byte[] { 1 }, "image/png")]);

        var error = Assert.Throws<ArgumentException>(() => Templates.Llama3.Render([message]));

        Assert.StartsWith("Message 0 (user), content 1: an image (image/png), but the llama3 template has no image token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_video_for_an_image_only_template_is_an_error()
    {
        ChatMessage message = new(ChatRole.User, [new UriContent("https://example.com/clip.mp4", "video/mp4")]);

        var error = Assert.Throws<ArgumentException>(() => Templates.Llava.Render([message]));

        Assert.StartsWith("Message 0 (user), content 0: a video (video/mp4), but the llava template has no video token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_is_an_error_naming_its_media_type()
    {
        ChatMessage message = new(ChatRole.User, [new DataContent(new byte[] { 0x25, 0x50 }, "application/pdf")]);

        var error = Assert.Throws<ArgumentException>(() => Templates.MinicpmO.Render([message]));

        Assert.StartsWith("Message 0 (user), content 0: the media type 'application/pdf' is not an image, audio or video", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_core_rules_still_apply_to_the_mapped_messages()
    {
        ChatMessage[] messages = [new(ChatRole.User, "Hi"), new(ChatRole.User, "again")];

        var error = Assert.Throws<ArgumentException>(() => Templates.Llama3.Render(messages));

        Assert.StartsWith("Message 1 is a User message where a Assistant message was expected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Equal("messages", Assert.Throws<ArgumentNullException>(() => Templates.Llama3.Render((IEnumerable<ChatMessage>)null!)).ParamName);
        Assert.Equal("template", Assert.Throws<ArgumentNullException>(() => ((Template)null!).Render([new ChatMessage(ChatRole.User, "Hi")])).ParamName);
        Assert.StartsWith("Message 1 is null.", Assert.Throws<ArgumentException>(() => Templates.Llama3.Render([new ChatMessage(ChatRole.User, "Hi"), null!])).Message, StringComparison.Ordinal);
    }
}
