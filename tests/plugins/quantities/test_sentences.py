"""Unit tests on invented news sentences: span, value, range, approximator and unit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from newskit_quantities import find_quantities

# (sentence, [(text, value, high, approx, unit), ...]); "*" leaves a field unchecked.
Row = tuple[str, object, object, object, object]
CASES: list[tuple[str, list[Row]]] = [
    # --- digits, separators, decimals
    ("The port handled 11,000 containers last month.", [("11,000", 11000, None, None, "container")]),
    ("Officials counted 7 000 ballots by noon.", [("7 000", 7000, None, None, "ballot")]),
    ("Growth slowed to 1.5 in the quarter.", [("1.5", "1.5", None, None, None)]),
    ("A share is worth 0.25 of a vote.", [("0.25", "0.25", None, None, "*")]),
    ("The index stood at 1,234.56 points.", [("1,234.56 points", "1234.56", None, None, "point")]),
    ("Only .5 of the samples were tested.", [(".5", "0.5", None, None, "*")]),
    # --- scales
    ("The fund raised $75 million from investors.", [("$75 million", 75000000, None, None, "USD")]),
    ("The budget is $1.2 billion this year.", [("$1.2 billion", 1200000000, None, None, "USD")]),
    ("It lost $2bn on the deal.", [("$2bn", 2000000000, None, None, "USD")]),
    ("Revenue reached £300m in 2023.", [("£300m", 300000000, None, None, "GBP")]),
    ("The club has 5k members.", [("5k", 5000, None, None, "member")]),
    ("About 1.5 million people fled the city.", [("About 1.5 million", 1500000, None, "about", "person")]),
    ("The firm paid €3m in fines.", [("€3m", 3000000, None, None, "EUR")]),
    ("They will pay US$5 per ticket.", [("US$5", 5, None, None, "USD")]),
    ("Seoul pledged 5 million won to each family.", [("5 million won", 5000000, None, None, "KRW")]),
    ("He was fined 10,000 rubles for the post.", [("10,000 rubles", 10000, None, None, "RUB")]),
    ("The city will spend 10 million euros on parks.", [("10 million euros", 10000000, None, None, "EUR")]),
    ("Exports rose to 2.5 trillion yen.", [("2.5 trillion yen", 2500000000000, None, None, "JPY")]),
    ("Shares traded at 89 cents on Friday.", [("89 cents", 89, None, None, "cent")]),
    # --- number words
    ("Two people were injured in the blast.", [("Two", 2, None, None, "person")]),
    ("The team signed twenty-one players.", [("twenty-one", 21, None, None, "player")]),
    ("Police arrested three hundred protesters.", [("three hundred", 300, None, None, "protester")]),
    ("The ship carried one hundred and twenty-five passengers.",
     [("one hundred and twenty-five", 125, None, None, "passenger")]),
    ("She bought a dozen eggs.", [("a dozen", 12, None, None, "egg")]),
    ("Rescuers pulled a couple of survivors from the rubble.",
     [("a couple", 2, None, "vague", "survivor")]),
    ("A million people watched the match.", [("A million", 1000000, None, None, "person")]),
    ("The state employs two million workers.", [("two million", 2000000, None, None, "worker")]),
    ("The pipeline carries half a million barrels.",
     [("half a million barrels", 500000, None, None, "barrel")]),
    ("The plan costs one and a half million dollars.",
     [("one and a half million dollars", 1500000, None, None, "USD")]),
    ("Inflation was three point five in March.", [("three point five", "3.5", None, None, None)]),
    # --- fractions and multiplicatives
    ("Half of the respondents disagreed.", [("Half", "0.5", None, None, None)]),
    ("Two-thirds of voters backed the plan.", [("Two-thirds", Decimal(2) / 3, None, None, None)]),
    ("About 3/4 of the budget goes to defence.", [("About 3/4", "0.75", None, "about", None)]),
    ("A quarter of respondents said no.", [("A quarter", "0.25", None, None, None)]),
    ("Three quarters of the town was flooded.", [("Three quarters", "0.75", None, None, None)]),
    ("The price has doubled, rising twice as fast.", [("twice", 2, None, None, None)]),
    ("Sales grew three times faster than costs.", [("three times", 3, None, None, "times")]),
    # --- approximations
    ("Officials said approximately 7,000 containers were shipped.",
     [("approximately 7,000", 7000, None, "approx", "container")]),
    ("Around 400 troops remain.", [("Around 400", 400, None, "about", "troop")]),
    ("Roughly 20 percent of homes lack power.", [("Roughly 20 percent", 20, None, "approx", "percent")]),
    ("Nearly 90 people died.", [("Nearly 90", 90, None, "under", "person")]),
    ("Almost 50 villages were cut off.", [("Almost 50", 50, None, "under", "village")]),
    ("There were over 9,000 applications.", [("over 9,000", 9000, None, "over", "application")]),
    ("More than 300 flights were cancelled.", [("More than 300", 300, None, "over", "flight")]),
    ("At least 50 people were killed.", [("At least 50", 50, None, "over", "person")]),
    ("The law allows up to 12 guests.", [("up to 12", 12, None, "under", "guest")]),
    ("Fewer than 10 children attended.", [("Fewer than 10", 10, None, "under", "child")]),
    ("Some 300 firefighters battled the blaze.", [("Some 300", 300, None, "about", "firefighter")]),
    ("An estimated 2,000 fans gathered.", [("An estimated 2,000", 2000, None, "approx", "fan")]),
    ("Dozens of ballistic missiles were fired.", [("Dozens", 24, None, "vague", "missile")]),
    ("Hundreds of families were evacuated.", [("Hundreds", 200, None, "vague", "family")]),
    ("Tens of thousands of people marched.", [("Tens of thousands", 20000, None, "vague", "person")]),
    ("Several key officials joined him.", [("Several", 3, None, "vague", "official")]),
    ("Several hundred workers went on strike.", [("Several hundred", 300, None, "vague", "worker")]),
    ("The rally drew 5,000 or more supporters.", [("5,000 or more", 5000, None, "over", "supporter")]),
    # --- ranges
    ("Between 7,000-9,000 containers were moved.", [("7,000-9,000", 7000, 9000, None, "container")]),
    ("Between 5 and 10 soldiers were hurt.", [("Between 5 and 10", 5, 10, None, "soldier")]),
    ("Prices rose 5 to 10 percent.", [("5 to 10 percent", 5, 10, None, "percent")]),
    ("The rate went from 3% to 4%.", [("from 3% to 4%", 3, 4, None, "percent")]),
    ("Between 300 and 400 people attended.", [("Between 300 and 400", 300, 400, None, "person")]),
    ("The deal is worth $5-10 million.", [("$5-10 million", 5000000, 10000000, None, "USD")]),
    ("Losses of $3 million to $4 million were expected.",
     [("$3 million to $4 million", 3000000, 4000000, None, "USD")]),
    ("Between two and three ships sank.", [("Between two and three", 2, 3, None, "ship")]),
    # --- percentages and units
    ("The economy grew by 3.5% last year.", [("3.5%", "3.5", None, None, "percent")]),
    ("Rates rose 0.25 percentage points.", [("0.25 percentage points", "0.25", None, None, "percentage point")]),
    ("Unemployment fell 2 per cent.", [("2 per cent", 2, None, None, "percent")]),
    ("The border is 25 km away.", [("25 km", 25, None, None, "km")]),
    ("The storm travelled 300 miles inland.", [("300 miles", 300, None, None, "mile")]),
    ("The ship carried 40,000 tonnes of grain.", [("40,000 tonnes", 40000, None, None, "tonne")]),
    ("Officers seized 5 kg of cocaine.", [("5 kg", 5, None, None, "kg")]),
    ("Output hit 1.2 million barrels per day.",
     [("1.2 million barrels per day", 1200000, None, None, "barrel per day")]),
    ("The plant will produce 500 MW of power.", [("500 MW", 500, None, None, "MW")]),
    ("Temperatures of minus 5 degrees were recorded.", [("minus 5 degrees", -5, None, None, "degree")]),
    ("It was 40 degrees Celsius in Delhi.", [("40 degrees Celsius", 40, None, None, "°C")]),
    ("It reached 104°F on Sunday.", [("104°F", 104, None, None, "°F")]),
    ("The wall is 3 metres high and 12 feet wide.",
     [("3 metres", 3, None, None, "m"), ("12 feet", 12, None, None, "ft")]),
    ("The car sped at 120 km/h.", [("120 km/h", 120, None, None, "km/h")]),
    ("Light travels at 299,792,458 m/s.", [("299,792,458 m/s", 299792458, None, None, "m/s")]),
    ("The lake covers 2.5 square kilometres.", [("2.5 square kilometres", "2.5", None, None, "km2")]),
    ("The victim, 34, was taken to hospital.", [("34", 34, None, None, None)]),
    ("The boy is 5 years old.", [("5 years old", 5, None, None, "year")]),
    ("A 71-year-old man was arrested.", [("71-year-old", 71, None, None, "year")]),
    # --- counted nouns and anaphoric cardinals
    ("The two countries will consult each other.", [("two", 2, None, None, "country")]),
    ("The two leaders met for talks.", [("two", 2, None, None, "leader")]),
    ("The hospital treated 105 children.", [("105", 105, None, None, "child")]),
    ("The army lost 12 tanks.", [("12", 12, None, None, "tank")]),
    # --- not quantities
    ("He stayed for two days and left on June 18.", []),
    ("It was his first visit in 24 years.", []),
    ("Russia has been at war for over two years.", []),
    ("The summit was held in 2024 at 16:51 local time.", []),
    ("The G7 summit discussed COVID-19.", []),
    ("Su-57 and F-16 jets flew over.", []),
    ("Resolution 1718 bans arms sales.", []),
    ("Leaders of the Group of Seven met.", []),
    ("Both nations denied it once again.", []),
    ("Another meeting is planned.", []),
    ("Call 555-123-4567 for details.", []),
    ("Chelsea won 3-1 on Saturday.", []),
    ("The visit is on Sept. 13, 2023.", []),
    ("It happened in the 1990s.", []),
    ("The 5G network covers the city.", []),
    ("He started his fifth term in May.", []),
    ("The second half was dull.", []),
    ("The meeting lasted two hours.", []),
    ("She left at 5 p.m. on Friday.", []),
    ("The deal was signed on 18 June 2024.", []),
    ("He was born on 12/05/1990.", []),
    ("It was no one's fault, said one official.", [("one", 1, None, None, "official")]),
    ("One of the suspects escaped.", [("One", 1, None, None, None)]),
    ("They met two or three times a week.", []),
    # --- more news shapes
    ("The 27-member bloc agreed on a €50 billion aid package.",
     [("27", 27, None, None, "member"), ("€50 billion", 50000000000, None, None, "EUR")]),
    ("Russia fired 40 missiles and 24 drones overnight.",
     [("40", 40, None, None, "missile"), ("24", 24, None, None, "drone")]),
    ("The Fed set a range of 5.25%-5.5%.", [("5.25%-5.5%", "5.25", "5.5", None, "percent")]),
    ("Gas averaged $3.45 a gallon, down 12 cents.",
     [("$3.45", "3.45", None, None, "USD"), ("12 cents", 12, None, None, "cent")]),
    ("Two of the three suspects were arrested.",
     [("Two", 2, None, None, None), ("three", 3, None, None, "suspect")]),
    ("He was sentenced to 25 years in prison and fined $250,000.",
     [("$250,000", 250000, None, None, "USD")]),
    ("The vote was 220 to 212.", [("220", 220, None, None, None), ("212", 212, None, None, None)]),
    ("The bill passed the Senate 68-32 on Tuesday.", []),
    ("A 5.8-magnitude quake hit at 3:15 a.m.", [("5.8", "5.8", None, None, "magnitude")]),
    ("Some 1.5m people have fled.", [("Some 1.5m", 1500000, None, "about", "person")]),
    ("The 100m sprint was won easily.", [("100m", 100, None, None, "m")]),
    ("They seized 1.5 tonnes of cocaine worth an estimated $90m.",
     [("1.5 tonnes", "1.5", None, None, "tonne"), ("an estimated $90m", 90000000, None, "approx", "USD")]),
    ("Prices jumped by a third in a year.", [("a third", Decimal(1) / 3, None, None, None)]),
    ("He lives at 20 Downing Street.", [("20", 20, None, None, None)]),
    ("Officials said 300 Russian troops and 5 US soldiers died.",
     [("300", 300, None, None, "troop"), ("5", 5, None, None, "soldier")]),
    ("The S&P 500 rose 1.2% and the Nasdaq 100 gained 2%.",
     [("1.2%", "1.2", None, None, "percent"), ("2%", 2, None, None, "percent")]),
    ("It costs 3 dollars and 5 cents.", [("3 dollars and 5 cents", "3.05", None, None, "USD")]),
    ("They spent € 10 and 100 yuan.", [("€ 10", 10, None, None, "EUR"), ("100 yuan", 100, None, None, "CNY")]),
    ("It's 10 HKD or 25,000 USD.", [("10 HKD", 10, None, None, "HKD"), ("25,000 USD", 25000, None, None, "USD")]),
    ("The toddler is 18 months old.", [("18 months old", 18, None, None, "month")]),
    ("Sound travels at 0.34 km/s.", [("0.34 km/s", "0.34", None, None, "km/s")]),
    ("The rod is 4.8e-9 m long.", [("4.8e-9 m", "4.8e-9", None, None, "m")]),
    ("Three fifths of the votes were counted.", [("Three fifths", "0.6", None, None, None)]),
    ("The tank holds 10 ± 2 litres.", [("10 ± 2 litres", 10, None, None, "l")]),
    ("LIN surged 4 5/8 to 112 5/8.",
     [("4 5/8", "4.625", None, None, None), ("112 5/8", "112.625", None, None, None)]),
    ("The range is 2 1/2 to 3 kg.", [("2 1/2 to 3 kg", "2.5", 3, None, "kg")]),
    ("It was built in 300 BC.", []),
    ("In Maine, about a half million people lack power.",
     [("about a half million", 500000, None, "about", "person")]),
    ("British Steel skidded 1.74 to 123.5 on turnover.",
     [("1.74", "1.74", None, None, None), ("123.5", "123.5", None, None, None)]),
    ("It has 33,000 regular common shares.", [("33,000", 33000, None, None, "share")]),
    ("The US gave dlrs 50 million in aid.", [("dlrs 50 million", 50000000, None, None, "USD")]),
    ("It was 30 C outside.", [("30 C", 30, None, None, "°C")]),
    ("More than or equal to 10 people came.", [("More than or equal to 10", 10, None, "over", "person")]),
    ("Hundreds of millions of dollars were lost.",
     [("Hundreds of millions", 200000000, None, "vague", "USD")]),
    ("She left Cuba when she was 4 in the morning.", []),
    ("Call +44 20 7946 0958 or (202) 555-0143 today.", []),
    ("The office is in Washington, DC 20001.", []),
    ("The top 10 markets grew.", [("10", 10, None, None, "market")]),
    ("Buy 3 apples now.", [("3", 3, None, None, "apple")]),
    ("Results:\n1. Gail Devers (U.S.) 10.89\n2. Merlene Ottey (Jamaica) 10.94",
     [("10.89", "10.89", None, None, None), ("10.94", "10.94", None, None, None)]),
    ("More than 30 and less than 50 people came.",
     [("More than 30 and less than 50", 30, 50, None, "person")]),
    ("Rates rose 20pc.", [("20pc", 20, None, None, "percent")]),
    ("Fees were 1 3/4 point.", [("1 3/4 point", "1.75", None, None, "point")]),
    ("At one point he left.", []),
    ("Boeing 737 MAX jets were grounded.", []),
    ("Vision 2030 aims high; the Fortune 500 list; Formula 1 racing.", []),
    ("Officials said between one and two people were there.",
     [("between one and two", 1, 2, None, "person")]),
    ("Officials said one hundred and eight thousand one hundred soldiers came.",
     [("one hundred and eight thousand one hundred", 108100, None, None, "soldier")]),
    ("He said two thousand five hundred and two thousand more came.",
     [("two thousand five hundred", 2500, None, None, None), ("two thousand", 2000, None, None, "*")]),
]



def _norm(v: object) -> object:
    if v is None or v == "*":
        return v
    return Decimal(str(v)) if not isinstance(v, Decimal) else v


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence(sentence: str, expected: list[Row]) -> None:
    found = find_quantities(sentence)
    got = [(sentence[f.start:f.end], f.value, f.high, f.approx, f.unit) for f in found]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=False):
        assert g[0] == e[0], got
        gv = Decimal(str(g[1]))
        ev = _norm(e[1])
        assert isinstance(ev, Decimal)
        assert abs(gv - ev) <= Decimal("1e-20") * max(Decimal(1), abs(ev)), got
        assert not isinstance(g[1], float)
        if e[2] is not None:
            assert g[2] is not None and Decimal(str(g[2])) == _norm(e[2]), got
        else:
            assert g[2] is None, got
        assert e[3] == "*" or g[3] == e[3], got
        assert e[4] == "*" or g[4] == e[4], got


def test_ordinals_only_on_request() -> None:
    text = "His fifth term began; the 21st century; on June 18th; twenty-first."
    assert find_quantities(text) == []
    got = [(text[f.start:f.end], f.value, f.ordinal) for f in find_quantities(text, ordinals=True)]
    assert got == [("fifth", 5, True), ("21st", 21, True), ("twenty-first", 21, True)]


def test_extractor_mentions() -> None:
    from newskit import Article, QuantityMention
    from newskit_quantities import QuantitiesExtractor

    text = "Officials said approximately 7,000 containers and two-thirds of $1.5bn."
    ms = list(QuantitiesExtractor().extract(Article(id="a", text=text), ()))
    assert all(isinstance(m, QuantityMention) and text[m.start:m.end] == m.text for m in ms)
    assert [m.text for m in ms] == ["approximately 7,000", "two-thirds", "$1.5bn"]
    assert ms[0].approx == "approx" and ms[0].unit == "container"
    assert ms[2].value == 1500000000 and ms[2].unit == "USD"
    assert isinstance(ms[1].value, Decimal)
