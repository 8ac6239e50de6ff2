namespace BriefBuilder.Pdf.Fonts;

/// <summary>Writing an entry of the build cache (font subsets, the font index).</summary>
static class CacheFile
{
    /// <summary>
    /// Writes beside and moves in, so a reader never sees half an entry; a lost race only means
    /// another process wrote the same bytes. A cache that cannot be written only costs speed.
    /// </summary>
    public static void Write(string path, byte[] bytes)
    {
        var temp = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk stops the write midway: the half-written entry must not stay behind.
            try { File.Delete(temp); }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException) { } // gone, or the folder itself is not ours
        }
    }
}
