using System.Text;

namespace NewsNlp;

/// <summary>Readers of the big tables of <c>places.bin</c> (see <c>PlaceIndex.File.cs</c>): column by column (format
/// version 2), and row by row (version 1).</summary>
internal sealed partial class PlaceIndex
{
    private static PlaceRegionRecord[] ReadRegions(BinaryReader r)
    {
        string[] names = ReadNames(r, Count(r));
        var regions = new PlaceRegionRecord[names.Length];
        var countries = new short[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            countries[i] = checked((short)r.Read7BitEncodedInt());
        }

        for (int i = 0; i < names.Length; i++)
        {
            regions[i] = new PlaceRegionRecord(names[i], countries[i], r.ReadBoolean());
        }

        return regions;
    }

    private static PlaceCityRecord[] ReadCities(BinaryReader r)
    {
        var countries = new short[Count(r)];
        for (int i = 0; i < countries.Length; i++)
        {
            countries[i] = checked((short)r.Read7BitEncodedInt());
        }

        var populations = new int[countries.Length];
        for (int i = 0; i < populations.Length; i++)
        {
            populations[i] = r.Read7BitEncodedInt();
        }

        var cities = new PlaceCityRecord[countries.Length];
        for (int i = 0; i < cities.Length; i++)
        {
            cities[i] = new PlaceCityRecord(countries[i], populations[i], (PlaceCityFlags)r.ReadByte());
        }

        return cities;
    }

    private static PlaceNameForm[] ReadForms(BinaryReader r)
    {
        string[] written = ReadNames(r, Count(r));
        var forms = new PlaceNameForm[written.Length];
        for (int i = 0; i < forms.Length; i++)
        {
            forms[i] = new PlaceNameForm(written[i], r.ReadByte());
        }

        return forms;
    }

    private static PlaceLink[] ReadLinks(BinaryReader r)
    {
        var targets = new int[Count(r)];
        for (int i = 0; i < targets.Length; i++)
        {
            targets[i] = r.Read7BitEncodedInt();
        }

        var links = new PlaceLink[targets.Length];
        for (int i = 0; i < links.Length; i++)
        {
            links[i] = new PlaceLink(targets[i], (PlaceLinkFlags)r.ReadByte());
        }

        return links;
    }

    /// <summary>Reads <paramref name="count"/> names stored as one length-prefixed block of newline-terminated UTF-8.</summary>
    private static string[] ReadNames(BinaryReader r, int count)
    {
        byte[] block = r.ReadBytes(Count(r));
        var names = new string[count];
        int start = 0;
        for (int i = 0; i < count; i++)
        {
            int end = Array.IndexOf(block, (byte)'\n', start);
            if (end < 0)
            {
                ThrowHelper.ThrowInvalidData("places: the names block is truncated.");
            }

            names[i] = Encoding.UTF8.GetString(block, start, end - start);
            start = end + 1;
        }

        if (start != block.Length)
        {
            ThrowHelper.ThrowInvalidData("places: bytes left over in a names block.");
        }

        return names;
    }

    private static PlaceRegionRecord[] ReadRegionRows(BinaryReader r)
    {
        var regions = new PlaceRegionRecord[Count(r)];
        for (int i = 0; i < regions.Length; i++)
        {
            regions[i] = new PlaceRegionRecord(r.ReadString(), r.ReadInt16(), r.ReadBoolean());
        }

        return regions;
    }

    private static PlaceCityRecord[] ReadCityRows(BinaryReader r)
    {
        var cities = new PlaceCityRecord[Count(r)];
        for (int i = 0; i < cities.Length; i++)
        {
            cities[i] = new PlaceCityRecord(r.ReadInt16(), r.ReadInt32(), (PlaceCityFlags)r.ReadByte());
        }

        return cities;
    }

    private static PlaceNameForm[] ReadFormRows(BinaryReader r)
    {
        var forms = new PlaceNameForm[Count(r)];
        for (int i = 0; i < forms.Length; i++)
        {
            forms[i] = new PlaceNameForm(r.ReadString(), r.ReadByte());
        }

        return forms;
    }

    private static PlaceLink[] ReadLinkRows(BinaryReader r)
    {
        var links = new PlaceLink[Count(r)];
        for (int i = 0; i < links.Length; i++)
        {
            links[i] = new PlaceLink(r.Read7BitEncodedInt(), (PlaceLinkFlags)r.ReadByte());
        }

        return links;
    }
}
