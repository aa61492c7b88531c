using System.Text;

namespace ModelCatalog.Generator.Catalog.Values;

/// <summary>
/// The value of an id's enum member (<c>ModelId.Llama3</c>): a function of the slug alone, so that adding, removing
/// or reordering rows never changes a compiled value. FNV-1a (32-bit: offset basis 2166136261, prime 16777619) over
/// the slug's UTF-8 bytes, with the top bit cleared so that every value is a positive <c>int</c>. data/README.md
/// documents it; two slugs of one table with the same value are an error (MCAT303).
/// </summary>
public static class IdValue
{
    public static int Of(string slug)
    {
        uint hash = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(slug))
        {
            hash = unchecked((hash ^ b) * 16777619);
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
