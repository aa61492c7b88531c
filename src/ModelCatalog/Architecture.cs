namespace ModelCatalog;

/// <summary>How a model's transformer is arranged.</summary>
public enum Architecture
{
    /// <summary>Decoder-only, autoregressive (GPT, LLaMA, Qwen ...). Table value <c>decoder</c>.</summary>
    Decoder,

    /// <summary>Encoder-decoder, T5-style. Table value <c>encoder-decoder</c>.</summary>
    EncoderDecoder,

    /// <summary>GLM's autoregressive blank infilling with 2D positions. Table value <c>glm</c>.</summary>
    Glm,

    /// <summary>ERNIE 3.0's shared backbone with task-specific networks. Table value <c>multi-task</c>.</summary>
    MultiTask,
}
