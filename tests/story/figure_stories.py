"""Invented multi-outlet stories (realistic, written for these tests; not the seeds).

Each story is a list of article dicts as a user would pass them, with what a careful
reader finds when comparing the outlets: the groups of differing figures (measure, label,
the amounts), and the allegation/denial pairs (who alleges, who denies).
"""

from __future__ import annotations

from typing import Any

QUAKE: list[dict[str, Any]] = [
    {"id": "q1", "source": "Focus Taiwan", "published": "2024-04-03T14:00",
     "title": "Magnitude 7.2 quake rocks Hualien",
     "text": (
         "A magnitude 7.2 earthquake struck off the coast of Hualien County in eastern Taiwan at "
         "7:58 a.m. on Wednesday, according to the Central Weather Administration.\n"
         "As of 12:00 p.m., four people had been killed and 57 people were injured, the National Fire "
         "Agency said.\n"
         "Rail services were suspended across the east coast while engineers inspected tracks and "
         "bridges.\n"
         "President Tsai Ing-wen said the government would do everything it could to help the victims.")},
    {"id": "q2", "source": "Reuters", "published": "2024-04-03T18:00",
     "title": "Taiwan's strongest quake in 25 years kills nine",
     "text": (
         "Taiwan's strongest earthquake in 25 years killed nine people on Wednesday, including three "
         "hikers hit by falling rocks, and injured more than 900, authorities said.\n"
         "The U.S. Geological Survey put the quake's magnitude at 7.4.\n"
         "Chipmaker TSMC said it had evacuated some production lines as a precaution.\n"
         "In 1999, a magnitude 7.6 quake killed about 2,400 people in central Taiwan.")},
    {"id": "q3", "source": "Associated Press", "published": "2024-04-04",
     "title": "Death toll in Taiwan quake rises to 10",
     "text": (
         "The death toll from Taiwan's strongest earthquake in a quarter century rose to 10 on "
         "Thursday, after rescuers recovered one more body near the Taroko Gorge.\n"
         "Nearly 1,100 people were injured, the fire agency said.\n"
         "About 50 people remained missing, many of them workers at a hotel inside the national park.\n"
         "The magnitude 7.4 quake struck on Wednesday morning, toppling buildings in Hualien City.")},
    {"id": "q4", "source": "Taipei Times", "published": "2024-04-04",
     "title": "Hualien quake toll reaches 10",
     "text": (
         "The earthquake, which the Central Weather Administration measured at magnitude 7.2, has "
         "killed 10 people and injured 1,067, the National Fire Agency said on Thursday.\n"
         "Officials said 18 people remain missing.\n"
         "The 1999 Chi-Chi earthquake killed 2,415 people.\n"
         "Schools in Hualien County will reopen on Monday, the county government said.")},
]

#: (measure, label, the distinct amounts as written): every group of differing figures.
QUAKE_GROUPS = {
    "magnitude": ("conflicting", {"7.2", "7.4"}),
    "deaths": ("updated", {"four", "nine", "10"}),
    "injured": ("updated", {"57", "more than 900", "Nearly 1,100", "1,067"}),
    "missing": ("conflicting", {"About 50", "18"}),
    # the 1999 quake's deaths (about 2,400 / 2,415) are background beside this quake's
    # deaths and make no finding since session 16 (figures._background)
}

COURT: list[dict[str, Any]] = [
    {"id": "c1", "source": "Sacramento Bee", "published": "2024-09-10",
     "text": (
         "Prosecutors have alleged that former city treasurer Mark Delaney accepted $250,000 in bribes "
         "from a construction company in exchange for municipal contracts.\n"
         "Delaney pleaded not guilty to all 12 counts at his arraignment on Tuesday in Sacramento "
         "County Superior Court.\n"
         "He was released on bail and is due back in court in November.")},
    {"id": "c2", "source": "Associated Press", "published": "2024-09-10",
     "text": (
         "A former Sacramento treasurer accused of taking bribes entered a plea on Tuesday.\n"
         "According to the indictment, Mark Delaney took about $310,000 in kickbacks between 2019 "
         "and 2022.\n"
         "Delaney's attorney, Susan Marsh, called the charges baseless and said her client would be "
         "vindicated at trial.")},
    {"id": "c3", "source": "Capitol Weekly", "published": "2024-09-11",
     "text": (
         "The case against Mark Delaney comes months after a state audit of the treasurer's office.\n"
         "The audit found no evidence that Delaney had steered contracts to any company, a finding "
         "prosecutors have dismissed as narrow.\n"
         "City council members said they were stunned by the charges.")},
]

#: (accuser, denier) pairs a reader finds (names as the story gives them).
COURT_PAIRS = {("prosecutors", "Mark Delaney"), ("indictment", "Susan Marsh for Mark Delaney"), ("prosecutors", "state audit")}
COURT_GROUPS = {"bribes or payments": ("conflicting", {"$250,000", "about $310,000"})}

MERGER: list[dict[str, Any]] = [
    {"id": "m1", "source": "Bloomberg", "published": "2024-05-06",
     "text": (
         "Acme Corp agreed to buy Beta Inc for $5.1 billion in cash, or about $6.5 billion including "
         "debt, the companies said on Monday.\n"
         "Acme will pay $42 a share, a 30% premium to Beta's closing price on Friday.\n"
         "The deal is expected to close in the fourth quarter.")},
    {"id": "m2", "source": "Reuters", "published": "2024-05-06",
     "text": (
         "Acme Corp will acquire Beta Inc in a deal valued at $5.4 billion, the companies said.\n"
         "Including debt, the transaction is worth $7.2 billion.\n"
         "Acme will pay $42 per share in cash, a premium of 25% to Beta's last close.")},
    {"id": "m3", "source": "Financial Times", "published": "2024-05-07",
     "text": (
         "Acme's takeover of Beta, valued at $5.1 billion, is the largest deal in the sector this year.\n"
         "Beta shares jumped 27 percent to $41.50 on Monday.\n"
         "Acme has 12,000 employees and Beta about 4,000.")},
]

MERGER_GROUPS = {
    "deal value": ("conflicting", {"$5.1 billion", "$5.4 billion"}),
    "deal value including debt": ("conflicting", {"about $6.5 billion", "$7.2 billion"}),
    "premium": ("conflicting", {"30%", "25%"}),
}
