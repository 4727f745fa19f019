namespace Zhengwu.Domain.Accounts;

/// <summary>Staff accounts belong to a department; person and company accounts file cases.</summary>
public enum AccountKind
{
    Staff = 1,
    Person = 2,
    Company = 3,
}
