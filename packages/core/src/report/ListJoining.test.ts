import { describe, expect, it } from "vitest";
import { joinItemsIn } from "./ListJoining";

describe("a list in the report reads as its items", () => {
  it("joins plain items as each language lists them, UN English without a serial comma", () => {
    expect(joinItemsIn("en", ["Africa", "South-eastern Asia", "Latin America"])).toBe(
      "Africa, South-eastern Asia and Latin America",
    );
    expect(joinItemsIn("zh", ["非洲", "东南亚", "拉丁美洲"])).toBe("非洲、东南亚和拉丁美洲");
    expect(joinItemsIn("ru", ["Африка", "Азия"])).toBe("Африка и Азия");
  });

  it("adds the last item with 'as well as' when an item already holds the language's 'and'", () => {
    expect(joinItemsIn("en", ["children and young people", "students"])).toBe(
      "children and young people, as well as students",
    );
    expect(joinItemsIn("fr", ["enfants et jeunes", "élèves et étudiants"])).toBe(
      "enfants et jeunes ainsi que élèves et étudiants",
    );
    expect(joinItemsIn("es", ["niños y jóvenes", "estudiantes"])).toBe("niños y jóvenes, así como estudiantes");
    expect(joinItemsIn("ru", ["дети и молодежь", "учащиеся"])).toBe("дети и молодежь, а также учащиеся");
    expect(joinItemsIn("zh", ["儿童和青年", "学生"])).toBe("儿童和青年以及学生");
  });

  it("reads the conjunction as a word: 'Andorra' or 'Bosnia and Herzegovina' are told apart", () => {
    expect(joinItemsIn("en", ["Andorra", "Anguilla"])).toBe("Andorra and Anguilla");
    expect(joinItemsIn("en", ["Bosnia and Herzegovina", "Serbia", "Montenegro"])).toBe(
      "Bosnia and Herzegovina, Serbia, as well as Montenegro",
    );
  });

  it("joins Arabic items with و written onto the next item, as Arabic writes it", () => {
    expect(joinItemsIn("ar", ["التدريب", "التوعية"])).toBe("التدريب والتوعية");
    expect(joinItemsIn("ar", ["أفريقيا", "جنوب شرق آسيا", "أمريكا اللاتينية"])).toBe(
      "أفريقيا وجنوب شرق آسيا وأمريكا اللاتينية",
    );
  });

  it("sets off an Arabic item that holds its own و, so two topics do not read as one", () => {
    expect(joinItemsIn("ar", ["الاستغلال والاعتداء الجنسيان على الأطفال عبر الإنترنت", "العملات المشفرة"])).toBe(
      "الاستغلال والاعتداء الجنسيان على الأطفال عبر الإنترنت، فضلاً عن العملات المشفرة",
    );
    expect(joinItemsIn("ar", ["الشبكة الخفية", "الأطفال والشباب", "الأدلة الإلكترونية"])).toBe(
      "الشبكة الخفية، الأطفال والشباب، فضلاً عن الأدلة الإلكترونية",
    );
  });
});
