using System.ComponentModel;
using System.Reflection;
using System.Text;
using ModelCatalog.Metadata;

namespace ModelCatalog.Tests;

/// <summary>
/// An id's value is FNV-1a (32-bit) of its slug's UTF-8 bytes with the top bit cleared (data/README.md), so it never
/// changes when rows are added, removed or reordered; and every member carries its names as an attribute.
/// </summary>
public sealed class IdentityTests
{
    // A consumer's own id, a constant of the same enum type: usable in a switch.
    private const ModelId AcmeChat = (ModelId)0x1234567;

    [Fact]
    public void The_tests_hash_is_FNV_1a_by_its_published_vectors()
    {
        // Vectors of the FNV reference (http://www.isthe.com/chongo/tech/comp/fnv/): "" 0x811c9dc5, "a" 0xe40c292c,
        // "foobar" 0xbf9cf968; the id value is the same with the top bit cleared.
        Assert.Equal(0x811c9dc5u, Fnv1a32(string.Empty));
        Assert.Equal(0xe40c292cu, Fnv1a32("a"));
        Assert.Equal(0xbf9cf968u, Fnv1a32("foobar"));
    }

    [Fact]
    public void Every_id_value_is_the_hash_of_its_slug()
    {
        AssertValues(Models.All, m => (int)m.Id);
        AssertValues(Organizations.All, o => (int)o.Id);
        AssertValues(Templates.All, t => (int)t.Id);
    }

    [Fact]
    public void Id_values_are_pinned_forever()
    {
        // Computed outside this code base (Python, the same function); a change here breaks every compiled consumer.
        Assert.Equal(1979146006, (int)ModelId.Llama3);
        Assert.Equal(1549425306, (int)ModelId.Mixtral);
        Assert.Equal(33443672, (int)OrganizationId.Meta);
        Assert.Equal(191907775, (int)TemplateId.Llama3);
    }

    [Fact]
    public void A_consumers_constant_of_the_enum_works_in_a_switch()
    {
        static string Describe(ModelId id) => id switch
        {
            ModelId.Llama3 => "built in",
            AcmeChat => "the consumer's own",
            _ => "unknown",
        };

        Assert.Equal("built in", Describe(Models.Llama3.Id));
        Assert.Equal("the consumer's own", Describe(AcmeChat));
        Assert.False(Models.TryFind("acme-chat", out _));
    }

    [Fact]
    public void Every_enum_member_carries_its_slug_name_and_aliases()
    {
        AssertAttributes<ModelId, Model>(Models.All);
        AssertAttributes<OrganizationId, Organization>(Organizations.All);
        AssertAttributes<TemplateId, Template>(Templates.All);

        CatalogEntryAttribute llama3 = typeof(ModelId).GetField(nameof(ModelId.Llama3))!.GetCustomAttribute<CatalogEntryAttribute>()!;
        Assert.Equal("llama-3", llama3.Slug);
        Assert.Equal("Llama 3", llama3.Name);
        Assert.Contains("Llama 3.1", llama3.Aliases);
    }

    [Fact]
    public void Relationships_are_references_to_the_catalogs_one_instance()
    {
        Assert.Same(Organizations.Meta, Models.Llama3.Organization);
        Assert.Same(Templates.Llama3, Models.Llama3.Templates[0]);
        Assert.Same(Models.Llama, Models.Alpaca.BaseModel);
        Assert.Contains(Models.Alpaca, Models.Llama.Derivatives);
        Assert.Same(Models.Get(ModelId.Llama3), Models.Llama3);
    }

    [Fact]
    public void The_construction_api_is_hidden_from_IntelliSense()
    {
        foreach (Type type in new[] { typeof(CatalogMetadataServices), typeof(CatalogRecords), typeof(RecordTable<,>), typeof(IIdentified<>) })
        {
            Assert.Equal(EditorBrowsableState.Never, type.GetCustomAttribute<EditorBrowsableAttribute>()?.State);
        }
    }

    private static void AssertValues<T>(IReadOnlyList<T> records, Func<T, int> value)
        where T : CatalogEntry
    {
        Assert.NotEmpty(records);
        foreach (T record in records)
        {
            Assert.Equal((int)(Fnv1a32(record.Slug) & 0x7FFFFFFF), value(record));
        }
    }

    private static void AssertAttributes<TId, T>(IReadOnlyList<T> records)
        where TId : struct, Enum
        where T : CatalogEntry, IIdentified<TId>
    {
        FieldInfo[] fields = typeof(TId).GetFields(BindingFlags.Public | BindingFlags.Static);
        Assert.Equal(records.Count, fields.Length);
        foreach (FieldInfo field in fields)
        {
            CatalogEntryAttribute attribute = field.GetCustomAttribute<CatalogEntryAttribute>()!;
            T record = records.Single(r => r.Id.Equals((TId)field.GetValue(null)!));
            Assert.Equal(record.Slug, attribute.Slug);
            Assert.Equal(record.Name, attribute.Name);
            Assert.Equal(record.Aliases, attribute.Aliases);
        }
    }

    private static uint Fnv1a32(string text)
    {
        uint hash = 0x811c9dc5;
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 0x01000193);
        }

        return hash;
    }
}
