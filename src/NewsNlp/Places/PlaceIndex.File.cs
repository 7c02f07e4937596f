using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace NewsNlp;

/// <summary>The file format of <c>places.bin</c>: a 20-byte header (magic <c>NNPLACES</c>, format version, payload
/// length, FNV-1a checksum of the payload), then the Brotli-compressed payload: the tables in the order
/// countries, world regions, regions, cities, spellings, region links, city links, name entries (each entry's
/// spellings and links follow the previous entry's, so only counts are stored); counts and indexes as 7-bit-encoded
/// integers. Version 2 stores the big tables (regions, cities, spellings, links) column by column, and their names as
/// one block of newline-separated UTF-8, so that Brotli sees like with like (11% smaller); version 1 stored them row
/// by row with length-prefixed strings, and is still read. Nothing is parsed as text at load.</summary>
internal sealed partial class PlaceIndex
{
    /// <summary>The embedded resource name.</summary>
    public const string ResourceName = "NewsNlp.Models.places.bin";

    /// <summary>The format version; a file of another version is refused.</summary>
    public const int FormatVersion = 2;

    /// <summary>The row-by-row format before <see cref="FormatVersion"/> 2, still read.</summary>
    private const int RowFormatVersion = 1;

    private const int HeaderLength = 20;
    private const int MaxPayloadLength = 64 << 20;
    private static ReadOnlySpan<byte> Magic => "NNPLACES"u8;

    /// <summary>Reads an index written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a place index of this format version, is truncated or is corrupt.</exception>
    public static PlaceIndex Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[HeaderLength];
        if (stream.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false) < HeaderLength || !header[..8].SequenceEqual(Magic))
        {
            ThrowHelper.ThrowInvalidData("places: not a place index (no NNPLACES header).");
        }

        int version = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        int length = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        uint checksum = BinaryPrimitives.ReadUInt32LittleEndian(header[16..]);
        if (version is not (FormatVersion or RowFormatVersion))
        {
            ThrowHelper.ThrowInvalidData($"places: format version {version}, this library reads version {FormatVersion}; rebuild places.bin.");
        }

        if (length is <= 0 or > MaxPayloadLength)
        {
            ThrowHelper.ThrowInvalidData($"places: bad payload length {length}.");
        }

        using var compressed = new MemoryStream();
        stream.CopyTo(compressed);
        byte[] payload = new byte[length];
        if (!BrotliDecoder.TryDecompress(compressed.GetBuffer().AsSpan(0, (int)compressed.Length), payload, out int written) || written != length)
        {
            ThrowHelper.ThrowInvalidData("places: the compressed payload is truncated or corrupt.");
        }

        if (Checksum(payload) != checksum)
        {
            ThrowHelper.ThrowInvalidData("places: payload checksum mismatch (corrupt file).");
        }

        try
        {
            return Read(new BinaryReader(new MemoryStream(payload, writable: false), Encoding.UTF8), version == RowFormatVersion);
        }
        catch (Exception ex) when (ex is EndOfStreamException or ArgumentOutOfRangeException or IndexOutOfRangeException or FormatException or OverflowException or DecoderFallbackException)
        {
            throw new InvalidDataException("places: the payload does not fit the format.", ex);
        }
    }

    /// <summary>Writes the index (deterministically: the same index gives the same bytes).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var raw = new MemoryStream();
        using (var w = new BinaryWriter(raw, Encoding.UTF8, leaveOpen: true))
        {
            Write(w);
        }

        ReadOnlySpan<byte> payload = raw.GetBuffer().AsSpan(0, (int)raw.Length);
        byte[] compressed = ModelFile.Compress(payload, "places");

        Span<byte> header = stackalloc byte[HeaderLength];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], Checksum(payload));
        stream.Write(header);
        stream.Write(compressed);
    }

    /// <summary>Loads the index embedded in the library under <paramref name="resourceName"/>.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing.</exception>
    /// <exception cref="InvalidDataException">The resource is corrupt.</exception>
    internal static PlaceIndex LoadEmbedded(string resourceName = ResourceName)
    {
        using Stream stream = ModelFile.OpenEmbedded(resourceName, "places");
        return Load(stream);
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint h = 2166136261;
        foreach (byte b in data)
        {
            h = (h ^ b) * 16777619;
        }

        return h;
    }

    private static PlaceIndex Read(BinaryReader r, bool rows)
    {
        var countries = new PlaceCountry[Count(r)];
        for (int i = 0; i < countries.Length; i++)
        {
            countries[i] = new PlaceCountry(r.ReadString(), r.ReadString(), r.ReadString(), r.ReadInt64(), r.ReadUInt32());
        }

        var worldRegions = new string[Count(r)];
        for (int i = 0; i < worldRegions.Length; i++)
        {
            worldRegions[i] = r.ReadString();
        }

        PlaceRegionRecord[] regions = rows ? ReadRegionRows(r) : ReadRegions(r);
        PlaceCityRecord[] cities = rows ? ReadCityRows(r) : ReadCities(r);
        PlaceNameForm[] forms = rows ? ReadFormRows(r) : ReadForms(r);
        PlaceLink[] regionLinks = rows ? ReadLinkRows(r) : ReadLinks(r);
        PlaceLink[] cityLinks = rows ? ReadLinkRows(r) : ReadLinks(r);
        var entries = new PlaceNameEntry[Count(r)];
        int formStart = 0, regionStart = 0, cityStart = 0;
        for (int i = 0; i < entries.Length; i++)
        {
            ref PlaceNameEntry e = ref entries[i];
            e.FormStart = formStart;
            e.FormCount = r.Read7BitEncodedInt();
            e.Country = (short)(r.Read7BitEncodedInt() - 1);
            e.Demonym = (short)(r.Read7BitEncodedInt() - 1);
            byte flags = r.ReadByte();
            e.CountryFlags = (PlaceLinkFlags)(flags & 0xF);
            e.DemonymFlags = (PlaceLinkFlags)(flags >> 4);
            e.WorldRegion = r.ReadSByte();
            e.RegionStart = regionStart;
            e.RegionCount = r.Read7BitEncodedInt();
            e.CityStart = cityStart;
            e.CityCount = r.Read7BitEncodedInt();
            formStart += e.FormCount;
            regionStart += e.RegionCount;
            cityStart += e.CityCount;
        }

        if (r.BaseStream.Position != r.BaseStream.Length)
        {
            ThrowHelper.ThrowInvalidData("places: bytes left over after the last table.");
        }

        return new PlaceIndex(countries, worldRegions, regions, cities, entries, forms, regionLinks, cityLinks);
    }

    private static int Count(BinaryReader r)
    {
        int n = r.Read7BitEncodedInt();
        if (n < 0 || n > r.BaseStream.Length)
        {
            ThrowHelper.ThrowInvalidData($"places: bad table length {n}.");
        }

        return n;
    }

    private void Write(BinaryWriter w)
    {
        w.Write7BitEncodedInt(_countries.Length);
        foreach (PlaceCountry c in _countries)
        {
            w.Write(c.Code);
            w.Write(c.Name);
            w.Write(c.Continent);
            w.Write(c.Population);
            w.Write(c.WorldRegionBits);
        }

        w.Write7BitEncodedInt(_worldRegionNames.Length);
        foreach (string name in _worldRegionNames)
        {
            w.Write(name);
        }

        w.Write7BitEncodedInt(_regions.Length);
        WriteNames(w, _regions.Length, i => _regions[i].Name);
        foreach (PlaceRegionRecord region in _regions)
        {
            w.Write7BitEncodedInt(region.Country);
        }

        foreach (PlaceRegionRecord region in _regions)
        {
            w.Write(region.Hand);
        }

        w.Write7BitEncodedInt(_cities.Length);
        foreach (PlaceCityRecord city in _cities)
        {
            w.Write7BitEncodedInt(city.Country);
        }

        foreach (PlaceCityRecord city in _cities)
        {
            w.Write7BitEncodedInt(city.Population);
        }

        foreach (PlaceCityRecord city in _cities)
        {
            w.Write((byte)city.Flags);
        }

        w.Write7BitEncodedInt(_forms.Length);
        WriteNames(w, _forms.Length, i => _forms[i].Written);
        foreach (PlaceNameForm form in _forms)
        {
            w.Write(form.NerTypes);
        }

        WriteLinks(w, _regionLinks);
        WriteLinks(w, _cityLinks);
        w.Write7BitEncodedInt(_entries.Length);
        int formStart = 0, regionStart = 0, cityStart = 0;
        foreach (PlaceNameEntry e in _entries)
        {
            if (e.FormStart != formStart || e.RegionStart != regionStart || e.CityStart != cityStart)
            {
                throw new InvalidOperationException("places: entries must list their forms and links in order.");
            }

            w.Write7BitEncodedInt(e.FormCount);
            w.Write7BitEncodedInt(e.Country + 1);
            w.Write7BitEncodedInt(e.Demonym + 1);
            w.Write((byte)((int)e.CountryFlags | ((int)e.DemonymFlags << 4)));
            w.Write(e.WorldRegion);
            w.Write7BitEncodedInt(e.RegionCount);
            w.Write7BitEncodedInt(e.CityCount);
            formStart += e.FormCount;
            regionStart += e.RegionCount;
            cityStart += e.CityCount;
        }
    }

    private static void WriteLinks(BinaryWriter w, PlaceLink[] links)
    {
        w.Write7BitEncodedInt(links.Length);
        foreach (PlaceLink link in links)
        {
            w.Write7BitEncodedInt(link.Target);
        }

        foreach (PlaceLink link in links)
        {
            w.Write((byte)link.Flags);
        }
    }

    private static void WriteNames(BinaryWriter w, int count, Func<int, string> name)
    {
        using var block = new MemoryStream();
        for (int i = 0; i < count; i++)
        {
            string s = name(i);
            if (s.Contains('\n', StringComparison.Ordinal))
            {
                throw new InvalidOperationException("places: a name holds a line break: " + s);
            }

            block.Write(Encoding.UTF8.GetBytes(s));
            block.WriteByte((byte)'\n');
        }

        w.Write7BitEncodedInt((int)block.Length);
        w.Write(block.GetBuffer(), 0, (int)block.Length);
    }

    /// <summary>Checks that every index points into its table, so that a lookup can never fail on a loaded index.</summary>
    private void Validate()
    {
        foreach (PlaceRegionRecord region in _regions)
        {
            CheckCountry(region.Country, allowNone: false);
        }

        foreach (PlaceCityRecord city in _cities)
        {
            CheckCountry(city.Country, allowNone: false);
        }

        CheckLinks(_regionLinks, _regions.Length);
        CheckLinks(_cityLinks, _cities.Length);
        if (_worldRegionNames.Length > 32)
        {
            ThrowHelper.ThrowInvalidData("places: more than 32 world regions.");
        }

        foreach (PlaceNameEntry e in _entries)
        {
            CheckCountry(e.Country, allowNone: true);
            CheckCountry(e.Demonym, allowNone: true);
            if (e.FormCount <= 0 || !InRange(e.FormStart, e.FormCount, _forms.Length)
                || !InRange(e.RegionStart, e.RegionCount, _regionLinks.Length) || !InRange(e.CityStart, e.CityCount, _cityLinks.Length)
                || e.WorldRegion < -1 || e.WorldRegion >= _worldRegionNames.Length)
            {
                ThrowHelper.ThrowInvalidData("places: a name entry points outside its tables.");
            }
        }
    }

    private static bool InRange(int start, int count, int length) => start >= 0 && count >= 0 && (long)start + count <= length;

    private void CheckCountry(short country, bool allowNone)
    {
        if (country >= _countries.Length || country < (allowNone ? -1 : 0))
        {
            ThrowHelper.ThrowInvalidData($"places: country index {country} out of range.");
        }
    }

    private static void CheckLinks(PlaceLink[] links, int count)
    {
        foreach (PlaceLink link in links)
        {
            if ((uint)link.Target >= (uint)count)
            {
                ThrowHelper.ThrowInvalidData($"places: link target {link.Target} out of range.");
            }
        }
    }
}
