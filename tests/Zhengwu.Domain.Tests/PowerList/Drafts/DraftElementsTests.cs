using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Drafts;

namespace Zhengwu.Domain.Tests.PowerList.Drafts;

/// <summary>
/// Draft elements are checked field by field with Chinese messages that name the value or the count, are applied
/// to an item as an import of the same cells would be, and survive a round trip through an item unchanged.
/// </summary>
public class DraftElementsTests
{
    private const string Basis = "《中华人民共和国食品安全法》第三十五条";

    [Fact]
    public void Valid_elements_have_no_problems()
    {
        Assert.Empty(Valid().Validate());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_name_is_a_problem(string name)
    {
        var elements = Valid();
        elements.Name = name;

        var problem = Assert.Single(elements.Validate());

        Assert.Equal(nameof(DraftElements.Name), problem.Field);
        Assert.Equal("事项名称不能为空，请填写事项名称。", problem.Message);
    }

    [Fact]
    public void Too_long_name_names_the_count_and_the_limit()
    {
        var elements = Valid();
        elements.Name = new string('名', DraftElements.MaxNameLength + 1);

        var problem = Assert.Single(elements.Validate());

        Assert.Equal(nameof(DraftElements.Name), problem.Field);
        Assert.Equal("事项名称共 301 个字，超过上限 300 个字，请删减后再保存。", problem.Message);
    }

    [Fact]
    public void Name_at_the_limit_is_accepted()
    {
        var elements = Valid();
        elements.Name = new string('名', DraftElements.MaxNameLength);

        Assert.Empty(elements.Validate());
    }

    [Fact]
    public void Too_long_short_text_names_the_count()
    {
        var elements = Valid();
        elements.OfficeAddress = new string('址', DraftElements.MaxShortTextLength + 23);

        var problem = Assert.Single(elements.Validate());

        Assert.Equal(nameof(DraftElements.OfficeAddress), problem.Field);
        Assert.Equal("办公地址共 523 个字，超过上限 500 个字，请删减后再保存。", problem.Message);
    }

    [Fact]
    public void Too_long_long_text_names_the_count()
    {
        var elements = Valid();
        elements.MaterialsText = new string('材', DraftElements.MaxLongTextLength + 1);

        var problem = Assert.Single(elements.Validate());

        Assert.Equal(nameof(DraftElements.MaterialsText), problem.Field);
        Assert.Equal("申请材料共 20001 个字，超过上限 20000 个字，请删减后再保存。", problem.Message);
    }

    [Fact]
    public void Every_too_long_field_is_reported()
    {
        var elements = Valid();
        elements.HandlingDivision = new string('处', DraftElements.MaxShortTextLength + 1);
        elements.Remarks = new string('备', DraftElements.MaxLongTextLength + 1);

        var problems = elements.Validate();

        Assert.Equal([nameof(DraftElements.HandlingDivision), nameof(DraftElements.Remarks)], problems.Select(problem => problem.Field));
    }

    [Fact]
    public void Unparseable_statutory_time_limit_names_the_value()
    {
        var elements = Valid();
        elements.StatutoryTimeLimitText = "尽快办理";

        var problem = Assert.Single(elements.Validate());

        Assert.Equal(nameof(DraftElements.StatutoryTimeLimitText), problem.Field);
        Assert.Equal("无法识别法定办结时限“尽快办理”：请写成“自受理之日起20日内”“20个工作日”或“3个月”。", problem.Message);
    }

    [Fact]
    public void Unparseable_promised_time_limit_names_the_value()
    {
        var elements = Valid();
        elements.PromisedTimeLimitText = "视情况而定";

        var problem = Assert.Single(elements.Validate());

        Assert.Equal(nameof(DraftElements.PromisedTimeLimitText), problem.Field);
        Assert.Contains("承诺办结时限“视情况而定”", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_unparseable_value_is_quoted_shortened()
    {
        var elements = Valid();
        elements.StatutoryTimeLimitText = new string('快', 60);

        var problem = Assert.Single(elements.Validate());

        Assert.StartsWith($"无法识别法定办结时限“{new string('快', 40)}…”：", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("相关法律法规")]
    [InlineData("；；")]
    public void Unparseable_legal_basis_names_the_value(string text)
    {
        var elements = Valid();
        elements.LegalBasisText = text;

        var problem = Assert.Single(elements.Validate());

        Assert.Equal(nameof(DraftElements.LegalBasisText), problem.Field);
        Assert.Equal(
            $"无法识别设定依据“{text}”：请用书名号写出法律法规名称，如《中华人民共和国行政许可法》第十二条。",
            problem.Message);
    }

    [Fact]
    public void Undefined_type_is_a_problem_and_time_limits_are_not_read()
    {
        var elements = Valid();
        elements.Type = (PowerType)99;
        elements.StatutoryTimeLimitText = "尽快办理";

        var problem = Assert.Single(elements.Validate());

        Assert.Equal(nameof(DraftElements.Type), problem.Field);
        Assert.Equal("权力类型“99”无效，请从列表中选择一种类型。", problem.Message);
    }

    [Fact]
    public void Empty_optional_texts_are_accepted()
    {
        var elements = new DraftElements { Name = "食品经营许可", Type = PowerType.Licensing, StatutoryTimeLimitText = " ", LegalBasisText = "" };

        Assert.Empty(elements.Validate());
    }

    [Fact]
    public void ApplyTo_reads_licensing_days_as_working_days()
    {
        var item = Apply(Valid());

        Assert.Equal(20, item.StatutoryTimeLimit?.Amount);
        Assert.Equal(TimeLimitUnit.WorkingDays, item.StatutoryTimeLimit?.Unit);
        Assert.Equal(20, item.StatutoryTimeLimit?.WorkingDays);
        Assert.Equal("自受理之日起20日内作出决定", item.StatutoryTimeLimit?.Text);
        Assert.Equal(10, item.PromisedTimeLimit?.WorkingDays);
    }

    [Fact]
    public void ApplyTo_reads_other_types_days_as_natural_days()
    {
        var elements = Valid();
        elements.Type = PowerType.Benefit;

        var item = Apply(elements);

        Assert.Equal(TimeLimitUnit.NaturalDays, item.StatutoryTimeLimit?.Unit);
        Assert.Null(item.StatutoryTimeLimit?.WorkingDays);
    }

    [Theory]
    [InlineData("不收费")]
    [InlineData("依法不收费")]
    [InlineData("免费")]
    [InlineData("否")]
    [InlineData("无")]
    public void ApplyTo_reads_free_fee_as_not_charged(string text)
    {
        var elements = Valid();
        elements.FeeText = text;

        var item = Apply(elements);

        Assert.False(item.Fee?.Charged);
        Assert.Null(item.Fee?.Standard);
        Assert.Equal("《行政事业性收费项目目录》", item.Fee?.Basis);
    }

    [Fact]
    public void ApplyTo_keeps_charged_fee_standard()
    {
        var elements = Valid();
        elements.FeeText = " 每件50元 ";

        var item = Apply(elements);

        Assert.True(item.Fee?.Charged);
        Assert.Equal("每件50元", item.Fee?.Standard);
    }

    [Fact]
    public void ApplyTo_leaves_fee_unset_when_empty()
    {
        var elements = Valid();
        elements.FeeText = "  ";

        Assert.Null(Apply(elements).Fee);
    }

    [Fact]
    public void ApplyTo_splits_lines_into_lists()
    {
        var elements = Valid();
        elements.MaterialsText = " 申请书 \r\n\r\n营业执照复印件\n  \n场所证明";
        elements.AcceptanceConditionsText = "有固定场所\r有专职人员";
        elements.ProcedureText = "受理\n审查\n决定\n";

        var item = Apply(elements);

        Assert.Equal(["申请书", "营业执照复印件", "场所证明"], item.Materials);
        Assert.Equal(["有固定场所", "有专职人员"], item.AcceptanceConditions);
        Assert.Equal(["受理", "审查", "决定"], item.ProcedureSteps);
    }

    [Fact]
    public void ApplyTo_parses_agencies_and_legal_bases()
    {
        var elements = Valid();
        elements.AgencyText = "兰州市市场监督管理局；兰州新区市场监督管理局（受委托）";
        elements.LegalBasisText = Basis + "；《食品经营许可和备案管理办法》第十条";

        var item = Apply(elements);

        Assert.Equal("兰州市市场监督管理局；兰州新区市场监督管理局（受委托）", item.AgencyText);
        Assert.Equal(["兰州市市场监督管理局", "兰州新区市场监督管理局"], item.Agencies.Select(agency => agency.Name));
        Assert.Equal([AgencyNature.Statutory, AgencyNature.Entrusted], item.Agencies.Select(agency => agency.Nature));
        Assert.Equal(["中华人民共和国食品安全法", "食品经营许可和备案管理办法"], item.LegalBases.Select(basis => basis.Title));
        Assert.Equal(["第三十五条", "第十条"], item.LegalBases.Select(basis => basis.Articles));
    }

    [Fact]
    public void ApplyTo_trims_texts_and_clears_empty_ones()
    {
        var elements = Valid();
        elements.Name = "  食品经营许可  ";
        elements.HandlingDivision = "  ";
        elements.OfficeAddress = " 兰州市城关区 ";

        var item = Apply(elements);

        Assert.Equal("食品经营许可", item.Name);
        Assert.Null(item.HandlingDivision);
        Assert.Equal("兰州市城关区", item.OfficeAddress);
    }

    [Fact]
    public void ApplyTo_refreshes_completeness()
    {
        var item = new PowerItem("620100-XK-00073", "食品经营许可", PowerType.Licensing, 1, "620100");
        item.RefreshCompleteness();
        Assert.True(item.IsIncomplete);

        Valid().ApplyTo(item);

        Assert.Empty(item.MissingElements());
        Assert.False(item.IsIncomplete);

        var cleared = Valid();
        cleared.ProcedureText = null;
        cleared.ApplyTo(item);

        Assert.Equal(["办理流程"], item.MissingElements());
        Assert.True(item.IsIncomplete);
    }

    [Fact]
    public void ApplyTo_keeps_code_department_and_region()
    {
        var item = new PowerItem("620100-XK-00073", "旧名称", PowerType.Licensing, 7, "620100");

        Valid().ApplyTo(item);

        Assert.Equal("620100-XK-00073", item.Code);
        Assert.Equal(7, item.DepartmentId);
        Assert.Equal("620100", item.RegionCode);
    }

    [Fact]
    public void From_item_round_trips()
    {
        var original = Valid();
        var item = Apply(original);

        var copy = DraftElements.From(item);

        Assert.Empty(copy.ChangedFields(original));
        Assert.Empty(original.ChangedFields(copy));
        Assert.Equal(original.MaterialsText, copy.MaterialsText);
        Assert.Equal("不收费", copy.FeeText);
        Assert.Empty(copy.Validate());

        var again = Apply(copy);
        Assert.Equal(item.Materials, again.Materials);
        Assert.Equal(item.StatutoryTimeLimit?.Amount, again.StatutoryTimeLimit?.Amount);
        Assert.Equal(item.Fee?.Charged, again.Fee?.Charged);
        Assert.Equal(item.Agencies.Select(agency => agency.Name), again.Agencies.Select(agency => agency.Name));
        Assert.Equal(item.LegalBases.Select(basis => basis.Title), again.LegalBases.Select(basis => basis.Title));
    }

    [Fact]
    public void From_item_keeps_charged_fee_standard()
    {
        var elements = Valid();
        elements.FeeText = "每件50元";

        Assert.Equal("每件50元", DraftElements.From(Apply(elements)).FeeText);
    }

    [Fact]
    public void From_item_without_cell_texts_joins_parsed_values()
    {
        var item = new PowerItem("620100-XK-00073", "食品经营许可", PowerType.Licensing, 1, "620100")
        {
            Agencies = [new() { Name = "兰州市市场监督管理局" }, new() { Name = "兰州新区市场监督管理局" }],
            LegalBases = [new() { Title = "中华人民共和国食品安全法", Articles = "第三十五条" }],
        };

        var elements = DraftElements.From(item);

        Assert.Equal("兰州市市场监督管理局；兰州新区市场监督管理局", elements.AgencyText);
        Assert.Equal(Basis, elements.LegalBasisText);
        Assert.Null(elements.MaterialsText);
        Assert.Null(elements.FeeText);
        Assert.Null(elements.StatutoryTimeLimitText);
        Assert.Empty(elements.Validate());
    }

    [Fact]
    public void ChangedFields_lists_changed_labels_in_form_order()
    {
        var before = Valid();
        var after = Valid();
        after.Name = "食品经营许可（新）";
        after.Type = PowerType.Confirmation;
        after.Remarks = "新增备注";
        after.StatutoryTimeLimitText = "自受理之日起15日内作出决定";
        after.AgencyText = null;

        Assert.Equal(["事项名称", "权力类型", "实施机关", "法定办结时限", "备注"], before.ChangedFields(after));
    }

    [Fact]
    public void ChangedFields_treats_null_and_empty_as_equal()
    {
        var before = Valid();
        before.Remarks = null;
        var after = Valid();
        after.Remarks = "";

        Assert.Empty(before.ChangedFields(after));
    }

    [Fact]
    public void ChangedFields_ignores_the_line_break_style()
    {
        // A browser submits text areas with CRLF; texts copied from an item have LF.
        var before = Valid();
        var after = Valid();
        after.MaterialsText = before.MaterialsText!.ReplaceLineEndings("\r\n");
        after.ProcedureText = before.ProcedureText!.ReplaceLineEndings("\r\n");

        Assert.Empty(before.ChangedFields(after));

        after.ProcedureText += "\r\n公示";
        Assert.Equal(["办理流程"], before.ChangedFields(after));
    }

    private static DraftElements Valid() => new()
    {
        Name = "食品经营许可",
        Type = PowerType.Licensing,
        AgencyText = "兰州市市场监督管理局",
        HandlingDivision = "食品经营安全监督管理处",
        ExerciseLevel = "市级",
        ServiceObject = "企业法人",
        LegalBasisText = Basis,
        StatutoryTimeLimitText = "自受理之日起20日内作出决定",
        PromisedTimeLimitText = "10个工作日",
        FeeText = "不收费",
        FeeBasis = "《行政事业性收费项目目录》",
        MaterialsText = "食品经营许可申请书\n营业执照复印件",
        AcceptanceConditionsText = "具有与经营的食品品种、数量相适应的经营场所",
        ProcedureText = "申请\n受理\n审查\n决定",
        OfficeAddress = "兰州市城关区",
        OfficeHours = "工作日 9:00-17:00",
        SupervisionChannel = "12345 热线",
        SupervisionPhone = "0931-12345",
        Remarks = null,
    };

    private static PowerItem Apply(DraftElements elements)
    {
        var item = new PowerItem("620100-XK-00073", "", PowerType.Other, 1, "620100");
        elements.ApplyTo(item);

        return item;
    }
}
