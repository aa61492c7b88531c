namespace ModelCatalog.Tests;

/// <summary>Rendering rules, on templates whose reference formats are well known (Llama 3, ChatML, Llama 2, Gemma).</summary>
public sealed class RenderTests
{
    [Fact]
    public void Llama3_renders_system_turns_and_opens_the_assistant_turn()
    {
        string prompt = Models.Llama3.Templates[0].Render(
        [
            TemplateMessage.System("You are terse."),
            TemplateMessage.User("Hi"),
            TemplateMessage.Assistant("Hello!"),
            TemplateMessage.User("2+2?"),
        ]);

        Assert.Equal(
            "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nYou are terse.<|eot_id|>" +
            "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n" +
            "Hello!<|eot_id|>" +
            "<|start_header_id|>user<|end_header_id|>\n\n2+2?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n",
            prompt);
        Assert.Equal(["<|eot_id|>", "<|eom_id|>"], Templates.Llama3.StopWords);
    }

    [Fact]
    public void The_default_system_prompt_applies_when_the_conversation_has_none_or_an_empty_one()
    {
        const string expected =
            "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n";

        Assert.Equal(expected, Templates.Qwen.Render([TemplateMessage.User("Hi")]));
        Assert.Equal(expected, Templates.Qwen.Render([TemplateMessage.System(""), TemplateMessage.User("Hi")]));
    }

    [Fact]
    public void Llama2_puts_the_system_message_inside_the_first_user_message()
    {
        string prompt = Templates.Llama2.Render([TemplateMessage.System("Be brief."), TemplateMessage.User("Hi"), TemplateMessage.Assistant("Hello"), TemplateMessage.User("Bye")]);

        Assert.Equal("<s>[INST] <<SYS>>\nBe brief.\n<</SYS>>\n\nHi [/INST]Hello</s><s>[INST] Bye [/INST]", prompt);
    }

    [Fact]
    public void A_template_without_a_system_format_puts_the_system_text_in_as_it_is()
    {
        string prompt = Templates.Gemma.Render([TemplateMessage.System("Be brief."), TemplateMessage.User("Hi")]);

        Assert.Equal("<bos>Be brief.<start_of_turn>user\nHi<end_of_turn>\n<start_of_turn>model\n", prompt);
    }

    [Fact]
    public void Content_is_inserted_verbatim_even_when_it_looks_like_a_token_or_a_placeholder()
    {
        string prompt = Templates.Qwen.Render([TemplateMessage.System("s"), TemplateMessage.User("say <|im_end|> and {{content}}")]);

        Assert.Equal("<|im_start|>system\ns<|im_end|>\n<|im_start|>user\nsay <|im_end|> and {{content}}<|im_end|>\n<|im_start|>assistant\n", prompt);
    }

    [Fact]
    public void A_final_assistant_message_is_closed_unless_asked_to_stay_open()
    {
        TemplateMessage[] conversation = [TemplateMessage.System("s"), TemplateMessage.User("Hi"), TemplateMessage.Assistant("Hel")];

        Assert.EndsWith("Hel<|im_end|>\n", Templates.Qwen.Render(conversation), StringComparison.Ordinal);
        Assert.EndsWith("<|im_start|>assistant\nHel", Templates.Qwen.Render(conversation, addGenerationPrompt: false), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TemplateRole.Assistant, TemplateRole.User)]
    [InlineData(TemplateRole.User, TemplateRole.User)]
    [InlineData(TemplateRole.User, TemplateRole.System)]
    public void Turns_that_do_not_alternate_are_rejected_with_the_offending_index(TemplateRole first, TemplateRole second)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Templates.Qwen.Render([new TemplateMessage(first, "a"), new TemplateMessage(second, "b")]));

        Assert.Contains(first == TemplateRole.User ? "Message 1" : "Message 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_conversation_without_a_user_message_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Templates.Qwen.Render([TemplateMessage.System("s")]));
        Assert.Throws<ArgumentException>(() => Templates.Qwen.Render([]));
        Assert.Throws<ArgumentNullException>(() => Templates.Qwen.Render(null!));
    }
}
