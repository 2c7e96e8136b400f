namespace TeamsCadenceBot.Tests.AppPackage;

public sealed class IconTests
{
    private static string IconPath(string file) => RepositoryRoot.Combine("manifest", file);

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icon_Header_HasTheSizeTeamsRequires(string file, int size)
    {
        var (width, height) = PngImage.ReadSize(File.ReadAllBytes(IconPath(file)));

        Assert.Equal((size, size), (width, height));
    }

    [Fact]
    public void OutlineIcon_Pixels_AreWhiteOnATransparentBackground()
    {
        var sut = PngImage.Decode(File.ReadAllBytes(IconPath("outline.png")));

        var pixels = sut.Pixels().ToList();

        Assert.Equal(0, sut[0, 0].A);
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
    }

    [Fact]
    public void ColorIcon_Background_IsOpaqueInTheManifestAccentColour()
    {
        var accent = Convert.FromHexString(((string)ManifestTemplate.Load()["accentColor"]!)[1..]);
        var sut = PngImage.Decode(File.ReadAllBytes(IconPath("color.png")));

        var corners = new[] { sut[0, 0], sut[191, 0], sut[0, 191], sut[191, 191] };
        var colours = sut.Pixels().Where(p => p.A == 255).Select(p => (p.R, p.G, p.B)).Distinct().Count();

        Assert.All(corners, c => Assert.Equal((accent[0], accent[1], accent[2], (byte)255), c));
        Assert.All(sut.Pixels(), p => Assert.Equal(255, p.A));
        Assert.True(colours >= 5, $"only {colours} colours: not a full-colour icon");
    }

    [Fact]
    public async Task Icons_RedrawnFromTheirSource_HaveExactlyTheCommittedPixels()
    {
        var directory = Directory.CreateTempSubdirectory("cadence-icons-").FullName;
        try
        {
            var result = await ExternalProcess.RunAsync(
                "node",
                [RepositoryRoot.Combine("manifest", "icons-src", "draw-icons.mjs"), directory]);

            Assert.True(result.ExitCode == 0, result.ToString());
            foreach (var file in new[] { "color.png", "outline.png" })
            {
                // Pixels, not bytes: another zlib may compress the same pixels differently.
                var committed = PngImage.Decode(await File.ReadAllBytesAsync(IconPath(file)));
                var redrawn = PngImage.Decode(await File.ReadAllBytesAsync(Path.Combine(directory, file)));
                Assert.Equal(committed.Pixels(), redrawn.Pixels());
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
