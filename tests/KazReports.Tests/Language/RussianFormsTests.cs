using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Text;
using KazReports.Text.Forms;
using Xunit;

namespace KazReports.Tests.Language;

public sealed class RussianFormsTests
{
    [Theory]
    [InlineData("Отношинская СОШ", "Отношинской СОШ", "Отношинской СОШ", "Отношинской СОШ", "Отношинской СОШ")]
    [InlineData("Казанская ООШ", "Казанской ООШ", "Казанской ООШ", "Казанской ООШ", "Казанской ООШ")]
    [InlineData("Галанинская НОШ", "Галанинской НОШ", "Галанинской НОШ", "Галанинской НОШ", "Галанинской НОШ")]
    [InlineData("Верхнепашинская СОШ", "Верхнепашинской СОШ", "Верхнепашинской СОШ", "Верхнепашинской СОШ", "Верхнепашинской СОШ")]
    [InlineData("школа № 5", "школы № 5", "школе № 5", "школой № 5", "школе № 5")]
    [InlineData("Средняя школа № 2", "Средней школы № 2", "Средней школе № 2", "Средней школой № 2", "Средней школе № 2")]
    [InlineData("Гимназия № 1", "Гимназии № 1", "Гимназии № 1", "Гимназией № 1", "Гимназии № 1")]
    [InlineData("Лицей № 7", "Лицея № 7", "Лицею № 7", "Лицеем № 7", "Лицее № 7")]
    [InlineData("МБОУ Мокрушинская СОШ", "МБОУ Мокрушинская СОШ", "МБОУ Мокрушинская СОШ", "МБОУ Мокрушинская СОШ", "МБОУ Мокрушинская СОШ")]
    [InlineData("Казачинская средняя общеобразовательная школа", "Казачинской средней общеобразовательной школы",
        "Казачинской средней общеобразовательной школе", "Казачинской средней общеобразовательной школой", "Казачинской средней общеобразовательной школе")]
    [InlineData("Муниципальное бюджетное общеобразовательное учреждение Казачинская средняя общеобразовательная школа",
        "Муниципального бюджетного общеобразовательного учреждения Казачинская средняя общеобразовательная школа",
        "Муниципальному бюджетному общеобразовательному учреждению Казачинская средняя общеобразовательная школа",
        "Муниципальным бюджетным общеобразовательным учреждением Казачинская средняя общеобразовательная школа",
        "Муниципальном бюджетном общеобразовательном учреждении Казачинская средняя общеобразовательная школа")]
    [InlineData("Челноковская ООШ – филиал МБОУ Мокрушинская СОШ", "Челноковской ООШ – филиала МБОУ Мокрушинская СОШ",
        "Челноковской ООШ – филиалу МБОУ Мокрушинская СОШ", "Челноковской ООШ – филиалом МБОУ Мокрушинская СОШ",
        "Челноковской ООШ – филиале МБОУ Мокрушинская СОШ")]
    [InlineData("Челноковская основная общеобразовательная школа – филиал муниципального бюджетного общеобразовательного учреждения",
        "Челноковской основной общеобразовательной школы – филиала муниципального бюджетного общеобразовательного учреждения",
        "Челноковской основной общеобразовательной школе – филиалу муниципального бюджетного общеобразовательного учреждения",
        "Челноковской основной общеобразовательной школой – филиалом муниципального бюджетного общеобразовательного учреждения",
        "Челноковской основной общеобразовательной школе – филиале муниципального бюджетного общеобразовательного учреждения")]
    [InlineData("директор", "директора", "директору", "директором", "директоре")]
    [InlineData("руководитель", "руководителя", "руководителю", "руководителем", "руководителе")]
    [InlineData("заведующий", "заведующего", "заведующему", "заведующим", "заведующем")]
    [InlineData("главный специалист", "главного специалиста", "главному специалисту", "главным специалистом", "главном специалисте")]
    [InlineData("начальник отдела образования", "начальника отдела образования", "начальнику отдела образования", "начальником отдела образования", "начальнике отдела образования")]
    [InlineData("Казачинский район", "Казачинского района", "Казачинскому району", "Казачинским районом", "Казачинском районе")]
    public void Names_of_schools_and_positions_decline(string name, string gen, string dat, string ins, string prep)
    {
        Assert.Equal(gen, NamePhrases.Inflect(name, GrammaticalCase.Genitive));
        Assert.Equal(dat, NamePhrases.Inflect(name, GrammaticalCase.Dative));
        Assert.Equal(ins, NamePhrases.Inflect(name, GrammaticalCase.Instrumental));
        Assert.Equal(prep, NamePhrases.Inflect(name, GrammaticalCase.Prepositional));
    }

    [Theory]
    [InlineData("Детский сад «Солнышко»")]
    [InlineData("Кадетский корпус")]
    [InlineData("прогимназия")]
    public void A_name_no_rule_knows_is_not_guessed(string name)
    {
        Assert.Null(NamePhrases.Inflect(name, GrammaticalCase.Genitive));
        Assert.Equal(name, RussianForms.Inflect(name, GrammaticalCase.Genitive));
    }

    [Fact]
    public void The_data_overrides_a_form()
    {
        var forms = new Dictionary<string, string> { ["genitive"] = "детского сада «Солнышко»" };
        Assert.Equal("детского сада «Солнышко»", RussianForms.Inflect("Детский сад «Солнышко»", GrammaticalCase.Genitive, forms));
    }

    [Theory]
    [InlineData("Иванов Иван Иванович", "Иванову И.И.", "Иванова И.И.", "Ивановым И.И.")]
    [InlineData("Иванова Анна Петровна", "Ивановой А.П.", "Ивановой А.П.", "Ивановой А.П.")]
    [InlineData("Волкова С.Ю.", "Волковой С.Ю.", "Волковой С.Ю.", "Волковой С.Ю.")]
    [InlineData("Л.А. Федюненко", "Федюненко Л.А.", "Федюненко Л.А.", "Федюненко Л.А.")]
    [InlineData("Троицкий Сергей Павлович", "Троицкому С.П.", "Троицкого С.П.", "Троицким С.П.")]
    [InlineData("Троицкая Ольга Игоревна", "Троицкой О.И.", "Троицкой О.И.", "Троицкой О.И.")]
    [InlineData("Толстой Лев Николаевич", "Толстому Л.Н.", "Толстого Л.Н.", "Толстым Л.Н.")]
    [InlineData("Черных Мария Ивановна", "Черных М.И.", "Черных М.И.", "Черных М.И.")]
    [InlineData("Черных Пётр Ильич", "Черных П.И.", "Черных П.И.", "Черных П.И.")]
    [InlineData("Шевчук Андрей Олегович", "Шевчуку А.О.", "Шевчука А.О.", "Шевчуком А.О.")]
    [InlineData("Шевчук Анна Олеговна", "Шевчук А.О.", "Шевчук А.О.", "Шевчук А.О.")]
    [InlineData("Гоголь Николай Васильевич", "Гоголю Н.В.", "Гоголя Н.В.", "Гоголем Н.В.")]
    [InlineData("Сорокин Дмитрий Юрьевич", "Сорокину Д.Ю.", "Сорокина Д.Ю.", "Сорокиным Д.Ю.")]
    [InlineData("Пушкина Наталья Николаевна", "Пушкиной Н.Н.", "Пушкиной Н.Н.", "Пушкиной Н.Н.")]
    [InlineData("Гроза Илья Петрович", "Грозе И.П.", "Грозы И.П.", "Грозой И.П.")]
    [InlineData("Белых Ирина", "Белых И.", "Белых И.", "Белых И.")]
    [InlineData("А.Б. Директорова", "Директоровой А.Б.", "Директоровой А.Б.", "Директоровой А.Б.")]
    [InlineData("Петров-Водкин Кузьма Сергеевич", "Петрову-Водкину К.С.", "Петрова-Водкина К.С.", "Петровым-Водкиным К.С.")]
    public void People_decline_after_Petrovich(string name, string dative, string genitive, string instrumental)
    {
        Assert.Equal(dative, PersonNames.SurnameInitials(name, GrammaticalCase.Dative));
        Assert.Equal(genitive, PersonNames.SurnameInitials(name, GrammaticalCase.Genitive));
        Assert.Equal(instrumental, PersonNames.SurnameInitials(name, GrammaticalCase.Instrumental));
    }

    [Theory]
    [InlineData("Иванов Иван Иванович", "Иванову Ивану Ивановичу")]
    [InlineData("Смирнова Любовь Андреевна", "Смирновой Любови Андреевне")]
    [InlineData("Кузнецов Павел Петрович", "Кузнецову Павлу Петровичу")]
    [InlineData("Морозов Сергей Алексеевич", "Морозову Сергею Алексеевичу")]
    [InlineData("Попова Мария Ильинична", "Поповой Марии Ильиничне")]
    [InlineData("Лебедев Игорь Львович", "Лебедеву Игорю Львовичу")]
    [InlineData("Соколова Татьяна Сергеевна", "Соколовой Татьяне Сергеевне")]
    [InlineData("Новиков Никита Ильич", "Новикову Никите Ильичу")]
    public void Full_names_decline(string name, string dative) =>
        Assert.Equal(dative, PersonNames.Full(name, GrammaticalCase.Dative));

    [Theory]
    [InlineData("Иванов Иван Иванович", Gender.Male)]
    [InlineData("Черных Мария Ивановна", Gender.Female)]
    [InlineData("Волкова С.Ю.", Gender.Female)]
    [InlineData("С.Ю. Волков", Gender.Male)]
    [InlineData("Черных И.И.", Gender.Unknown)]
    [InlineData("Федюненко Л.А.", Gender.Unknown)]
    public void Gender_comes_from_the_patronymic_or_the_surname(string name, Gender gender) =>
        Assert.Equal(gender, PersonNames.GenderOf(PersonName.Parse(name)!));

    [Fact]
    public void A_surname_that_changes_with_an_unknown_gender_is_not_guessed()
    {
        Assert.Null(PersonNames.SurnameInitials("Шевчук А.О.", GrammaticalCase.Dative));
        Assert.Equal("Шевчуку А.О.", PersonNames.SurnameInitials("Шевчук А.О.", GrammaticalCase.Dative, Gender.Male));
        Assert.Equal("Шевчук А.О.", PersonNames.SurnameInitials("Шевчук А.О.", GrammaticalCase.Dative, Gender.Female));
        Assert.Null(PersonName.Parse("специалист МКУ «Ресурсный центр образования»"));
    }

    [Theory]
    [InlineData("И.О. Фамилия", "И.О.\u00A0Фамилия")]
    [InlineData("Волкова Светлана Юрьевна", "С.Ю.\u00A0Волкова")]
    [InlineData("Волкова С. Ю.", "С.Ю.\u00A0Волкова")]
    public void Initials_go_before_the_surname_in_a_signature(string name, string expected) =>
        Assert.Equal(expected, PersonNames.InitialsSurname(name));

    [Fact]
    public void A_branch_and_a_school_with_an_org_form_take_the_case_as_office_Russian_writes()
    {
        var parent = new School("mokr", "…", "Мокрушинская СОШ", "МБОУ", "СОШ", null, null, null, null, null, null, SourceSpan.None);
        var branch = new School("chel", "…", "Челноковская ООШ", null, "ООШ", "mokr", "Петров Пётр Петрович", null, null, null, null, SourceSpan.None);
        Assert.Equal("Челноковской ООШ – филиала МБОУ Мокрушинская СОШ", branch.Official(parent, GrammaticalCase.Genitive));
        Assert.Equal("Челноковской ООШ – филиалу МБОУ Мокрушинская СОШ", branch.Official(parent, GrammaticalCase.Dative));
        Assert.Equal("МБОУ Мокрушинская СОШ", parent.Official(null, GrammaticalCase.Dative));
        Assert.Equal("Мокрушинской СОШ", parent.ShortIn(GrammaticalCase.Dative));
        Assert.Equal("Петрову П.П.", branch.DirectorIn(GrammaticalCase.Dative));
        Assert.Null(parent.DirectorIn(GrammaticalCase.Dative));
        var given = branch with { NameLocative = null };
        given = given with { Forms = new Dictionary<string, string> { ["dative"] = "особой форме" } };
        Assert.Equal("особой форме", given.ShortIn(GrammaticalCase.Dative));
    }

    [Theory]
    [InlineData("По итогам четвертей", "по итогам четвертей")]
    [InlineData("Руководители ОУ", "руководители ОУ")]
    [InlineData("МКУ РЦО, руководители ОУ", "МКУ РЦО, руководители ОУ")]
    [InlineData("в течение года", "в течение года")]
    [InlineData("Волкова С.Ю.", "Волкова С.Ю.")]
    [InlineData("Луценко Е.Р., директор МКУ РЦО", "Луценко Е.Р., директор МКУ РЦО")]
    [InlineData("Казачинская СОШ", "Казачинская СОШ")]
    [InlineData("Муниципальный координатор", "муниципальный координатор")]
    public void Data_after_a_colon_starts_in_lower_case_unless_an_abbreviation(string text, string expected) =>
        Assert.Equal(expected, RussianForms.LowerFirst(text));

    [Theory]
    [InlineData("Волкова С.Ю.", "Волкова С.Ю.")]
    [InlineData("Семинар", "Семинар.")]
    [InlineData("и т.д.", "и т.д.")]
    public void A_sentence_ends_with_one_stop(string text, string expected) =>
        Assert.Equal(expected, RussianForms.EndSentence(text));
}
