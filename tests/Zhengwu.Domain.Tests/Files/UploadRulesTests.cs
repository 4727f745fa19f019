using System.Text;
using Zhengwu.Domain.Files;

namespace Zhengwu.Domain.Tests.Files;

/// <summary>
/// Uploads are accepted only when their extension is on the list and their first bytes carry that format's
/// signature; every rejection is a Chinese message that names the file.
/// </summary>
public class UploadRulesTests
{
    private const long Limit = 1024 * 1024;

    private static readonly byte[] s_pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n");
    private static readonly byte[] s_png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] s_jpg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46];
    private static readonly byte[] s_zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00];
    private static readonly byte[] s_ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static TheoryData<string, byte[]> ValidFiles => new()
    {
        { "依据.pdf", s_pdf },
        { "现场照片.png", s_png },
        { "现场照片.jpg", s_jpg },
        { "现场照片.JPEG", s_jpg },
        { "申请书.docx", s_zip },
        { "材料清单.xlsx", s_zip },
        { "旧版申请书.doc", s_ole },
        { "旧版清单.xls", s_ole },
        { "电子证照.ofd", s_zip },
    };

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Valid_files_are_accepted(string fileName, byte[] header)
    {
        Assert.Null(UploadRules.Check(fileName, 5000, Limit, header));
    }

    [Fact]
    public void Empty_file_is_rejected()
    {
        Assert.Equal("文件“依据.pdf”是空文件，请选择有内容的文件。", UploadRules.Check("依据.pdf", 0, Limit, []));
    }

    [Fact]
    public void File_over_the_limit_names_both_sizes()
    {
        var problem = UploadRules.Check("扫描件.pdf", (long)(2.5 * 1024 * 1024), 2 * 1024 * 1024, s_pdf);

        Assert.Equal("文件“扫描件.pdf”大小为 2.5 MB，超过上限 2 MB，请压缩或拆分后再上传。", problem);
    }

    [Fact]
    public void File_at_the_limit_is_accepted()
    {
        Assert.Null(UploadRules.Check("扫描件.pdf", Limit, Limit, s_pdf));
        Assert.NotNull(UploadRules.Check("扫描件.pdf", Limit + 1, Limit, s_pdf));
    }

    [Theory]
    [InlineData("说明.txt")]
    [InlineData("页面.html")]
    [InlineData("无扩展名")]
    [InlineData("图标.gif")]
    public void Wrong_extension_lists_the_accepted_ones(string fileName)
    {
        var problem = UploadRules.Check(fileName, 100, Limit, s_pdf);

        Assert.Equal(
            $"文件“{fileName}”的类型不被接受：只能上传 .pdf、.ofd、.docx、.xlsx、.doc、.xls、.zip、.jpg、.jpeg、.png 文件。",
            problem);
    }

    [Fact]
    public void Html_renamed_pdf_is_rejected()
    {
        var html = Encoding.UTF8.GetBytes("<!DOCTYPE html><script>alert(1)</script>");

        var problem = UploadRules.Check("依据.pdf", html.Length, Limit, html.AsSpan(0, UploadRules.HeaderLength));

        Assert.Equal("文件“依据.pdf”的内容与扩展名.pdf不符，可能是改了扩展名的其他文件，请上传原始文件。", problem);
    }

    [Fact]
    public void Html_with_leading_whitespace_renamed_pdf_is_rejected()
    {
        var html = Encoding.UTF8.GetBytes("   %PDF-<html>");

        Assert.NotNull(UploadRules.Check("依据.pdf", html.Length, Limit, html.AsSpan(0, UploadRules.HeaderLength)));
    }

    [Theory]
    [InlineData("图标.svg")]
    [InlineData("图标.png")]
    [InlineData("图标.jpg")]
    public void Svg_is_rejected_under_any_name(string fileName)
    {
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");

        var problem = UploadRules.Check(fileName, svg.Length, Limit, svg.AsSpan(0, UploadRules.HeaderLength));

        Assert.NotNull(problem);
        Assert.Contains($"文件“{fileName}”", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("setup.pdf")]
    [InlineData("setup.doc")]
    public void Executable_is_rejected_under_any_name(string fileName)
    {
        byte[] header = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];

        var problem = UploadRules.Check(fileName, 4096, Limit, header);

        Assert.NotNull(problem);
        Assert.Contains($"文件“{fileName}”", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run.sh", "#!/bin/sh\nrm -rf /")]
    [InlineData("run.js", "alert(1)")]
    [InlineData("run.bat", "@echo off")]
    [InlineData("run.pdf", "#!/bin/sh\nrm -rf /")]
    [InlineData("run.docx", "<?php system($_GET['c']); ?>")]
    public void Script_is_rejected_under_any_name(string fileName, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);

        var problem = UploadRules.Check(fileName, bytes.Length, Limit, bytes.AsSpan(0, Math.Min(bytes.Length, UploadRules.HeaderLength)));

        Assert.NotNull(problem);
        Assert.Contains($"文件“{fileName}”", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Png_renamed_jpg_is_rejected()
    {
        var problem = UploadRules.Check("照片.jpg", 5000, Limit, s_png);

        Assert.Equal("文件“照片.jpg”的内容与扩展名.jpg不符，可能是改了扩展名的其他文件，请上传原始文件。", problem);
    }

    [Fact]
    public void Pdf_renamed_docx_is_rejected()
    {
        Assert.NotNull(UploadRules.Check("申请书.docx", 5000, Limit, s_pdf));
    }

    [Fact]
    public void Header_shorter_than_signature_is_rejected()
    {
        Assert.NotNull(UploadRules.Check("照片.png", 3, Limit, s_png.AsSpan(0, 3)));
    }

    [Fact]
    public void Message_names_the_file_without_its_folder()
    {
        var problem = UploadRules.Check("C:\\Users\\张三\\桌面\\页面.html", 100, Limit, s_pdf);

        Assert.StartsWith("文件“页面.html”的类型不被接受", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void KindOf_returns_content_type_by_extension()
    {
        Assert.Equal("application/pdf", UploadRules.KindOf("依据.PDF")?.ContentType);
        Assert.Equal("image/jpeg", UploadRules.KindOf("照片.jpeg")?.ContentType);
        Assert.Null(UploadRules.KindOf("图标.svg"));
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..\\..\\windows\\win.ini.pdf", "win.ini.pdf")]
    [InlineData("/var/www/依据.pdf", "依据.pdf")]
    [InlineData("C:\\Users\\张三\\依据.pdf", "依据.pdf")]
    [InlineData("C:依据.pdf", "C依据.pdf")]
    public void SafeName_drops_folders(string fileName, string expected)
    {
        Assert.Equal(expected, UploadRules.SafeName(fileName));
    }

    [Theory]
    [InlineData("依\r\n据.pdf", "依据.pdf")]
    [InlineData("依据\0.pdf", "依据.pdf")]
    [InlineData("\t依据.pdf ", "依据.pdf")]
    [InlineData("依\"据\".pdf", "依据.pdf")]
    [InlineData("依据\u0085\u001b.pdf", "依据.pdf")]
    public void SafeName_drops_control_characters_and_quotes(string fileName, string expected)
    {
        Assert.Equal(expected, UploadRules.SafeName(fileName));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n")]
    [InlineData("folder/")]
    public void SafeName_of_nothing_is_unnamed(string fileName)
    {
        Assert.Equal("未命名文件", UploadRules.SafeName(fileName));
    }

    [Fact]
    public void SafeName_shortens_long_names_and_keeps_the_extension()
    {
        var name = new string('长', 150) + ".docx";

        var safe = UploadRules.SafeName(name);

        Assert.Equal(100, safe.Length);
        Assert.Equal(new string('长', 95) + ".docx", safe);
        Assert.Equal(".docx", Path.GetExtension(safe));
    }

    [Fact]
    public void SafeName_keeps_names_of_100_characters()
    {
        var name = new string('长', 96) + ".pdf";

        Assert.Equal(name, UploadRules.SafeName(name));
    }

    [Fact]
    public void Long_names_are_checked_by_their_kept_extension()
    {
        var name = new string('长', 150) + ".pdf";

        Assert.Null(UploadRules.Check(name, 100, Limit, s_pdf));
    }
}
