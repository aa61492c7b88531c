namespace ModelCatalog;

/// <summary>What kind of weights a checkpoint is (data/README.md, checkpoints.csv, Variants).</summary>
public enum CheckpointVariant
{
    /// <summary>Pre-trained weights without instruction or chat tuning. Table value <c>base</c>.</summary>
    Base,

    /// <summary>Tuned to follow instructions; its makers call it Instruct. Table value <c>instruct</c>.</summary>
    Instruct,

    /// <summary>Tuned for dialogue; its makers call it Chat. Table value <c>chat</c>.</summary>
    Chat,

    /// <summary>Tuned to reason at length before answering (QwQ, DeepSeek-R1). Table value <c>reasoning</c>.</summary>
    Reasoning,

    /// <summary>Its makers' quantized copy of another checkpoint (GPTQ, AWQ, Int4). Table value <c>quantized</c>.</summary>
    Quantized,
}
