using System.Globalization;
using System.Text;

namespace ModelCatalog.Benchmarks.Infrastructure;

/// <summary>
/// A valid catalog of any size, shaped like the shipped one: every column the schema has is filled (aliases,
/// several releases and sizes including a mixture of experts, languages, modalities, base-model chains, templates,
/// two sources and a note), with one organization and one template for every four models (the shipped catalog has
/// about one of each for every three models), and one checkpoint per model (the shipped catalog has about four).
/// Deterministic: the same size gives the same bytes.
/// </summary>
internal static class SyntheticCatalog
{
    public static CatalogTables Create(int models)
    {
        int organizations = System.Math.Max(1, models / 4);
        int templates = System.Math.Max(1, models / 4);
        return new CatalogTables(
            models.ToString(CultureInfo.InvariantCulture),
            models,
            Organizations(organizations),
            Templates(templates),
            Models(models, organizations, templates),
            Checkpoints(models));
    }

    public static string Organizations(int count)
    {
        var csv = new StringBuilder("id,name,aliases,country,hugging_face,website,source,notes\n");
        for (int i = 0; i < count; i++)
        {
            string n = N(i);
            csv.Append(CultureInfo.InvariantCulture,
                $"org-{n},Organization {n},Org {n};Lab {n},US,org-{n},https://org-{n}.example.com,https://org-{n}.example.com/about;https://huggingface.co/org-{n},Synthetic organization number {n} for the benchmarks.\n");
        }

        return csv.ToString();
    }

    public static string Templates(int count)
    {
        var csv = new StringBuilder("id,name,aliases,prefix,system,system_placement,user,assistant,separator,default_system,stop_words,modalities,image_token,video_token,audio_token,source,notes\n");
        for (int i = 0; i < count; i++)
        {
            string n = N(i);
            csv.Append(CultureInfo.InvariantCulture,
                $"tpl-{n},Template {n},Chat Template {n},<s>,<|system|>\\n{{{{content}}}}<|end|>,turn,<|user|>\\n{{{{content}}}}<|end|><|assistant|>\\n,{{{{content}}}}<|end|>,\\n,You are a helpful assistant.,<|end|>;</s>,text;image,<image>,,,https://example.com/templates/{n};https://example.com/templates/{n}/v2,Synthetic template number {n}.\n");
        }

        return csv.ToString();
    }

    public static string Models(int count, int organizations, int templates)
    {
        var csv = new StringBuilder("id,name,aliases,organization,releases,sizes,training_tokens,architecture,languages,modalities,open_weights,base_model,templates,source,notes\n");
        for (int i = 0; i < count; i++)
        {
            string n = N(i);
            string organization = N(i % organizations);
            string template = N(i % templates);
            string template2 = N((i + 1) % templates);
            string baseModel = i % 4 == 0 ? string.Empty : "model-" + N(i - 1); // chains of four, no cycles
            string templateList = templates > 1 ? $"tpl-{template};tpl-{template2}" : $"tpl-{template}";
            csv.Append(CultureInfo.InvariantCulture,
                $"model-{n},Model {n},Model {n} Chat;M{n},org-{organization},1: 2023-08;1.5: 2024-01-15;2: 2024,7B;13B=13.1B;8x7B=46.7B,2T,decoder,en;zh;fr,text;image,yes,{baseModel},{templateList},https://example.com/models/{n};https://huggingface.co/org-{organization}/model-{n},\"Synthetic model number {n}: its sizes, dates and templates are made up, in the shape of the shipped rows, so that generator and compiler costs can be measured at scale.\"\n");
        }

        return csv.ToString();
    }

    public static string Checkpoints(int models)
    {
        var csv = new StringBuilder("id,name,model,version,size,variant,hugging_face,model_scope,templates,context_length,license,source,notes\n");
        for (int i = 0; i < models; i++)
        {
            string n = N(i);
            csv.Append(CultureInfo.InvariantCulture,
                $"model-{n}-13b-chat,Model-{n}-13B-Chat,model-{n},2,13B,chat,org-x/Model-{n}-13B-Chat;org-y/Model-{n}-13B-Chat,org-x/Model-{n}-13B-Chat,,32768,apache-2.0,https://huggingface.co/org-x/Model-{n}-13B-Chat,Synthetic checkpoint of model {n}.\n");
        }

        return csv.ToString();
    }

    private static string N(int i) => i.ToString("D6", CultureInfo.InvariantCulture);
}
