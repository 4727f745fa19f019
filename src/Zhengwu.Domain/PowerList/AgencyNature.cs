namespace Zhengwu.Domain.PowerList;

/// <summary>Why an agency may exercise a power: by statute, by authorisation of law, or by entrustment.</summary>
public enum AgencyNature
{
    Statutory = 1,
    Authorised = 2,
    Entrusted = 3,
}
