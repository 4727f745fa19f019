using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zhengwu.Web.Pages;

[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "出错了";

    public string Message { get; private set; } = "处理请求时发生错误，已记录日志。请稍后重试。";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Heading, Message) = code switch
        {
            404 => ("页面不存在", "您访问的页面或事项不存在，可能编码有误，或事项未公开。"),
            400 => ("请求无效", "请求中的参数无效，请检查后重试。"),
            403 => ("无权访问", "您的角色无权访问该页面或该部门的内容。如需调整权限，请联系系统管理员。"),
            405 => ("请求方式不被支持", "该页面不支持这种请求方式。"),
            429 => ("请求过于频繁", "请稍后再试。"),
            _ => (Heading, Message),
        };
        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code.Value;
        }
    }
}
