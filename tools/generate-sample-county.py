#!/usr/bin/env python3
"""Generates the sample county (清河县, a fictional county education system) shipped in testkit.

Deterministic: the same script always writes the same raw document. The committed file is that
document in the library's canonical form (units and members by id, organisations in path order),
which testkit's SampleCountyTest checks. To regenerate:

    python3 tools/generate-sample-county.py > /tmp/qinghe-county.json
    ./dangjian format --layout record-per-line --include-personal-data /tmp/qinghe-county.json testkit/src/main/resources/org/dangjian/testkit/sample/qinghe-county.json
"""
import datetime
import json
import random

rng = random.Random(20240901)

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
# The most common surnames are drawn more often.
SURNAME_WEIGHTS = [12 if i < 10 else 5 if i < 30 else 2 for i in range(len(SURNAMES))]
FEMALE = "秀英桂兰玉华丽敏静芳娟霞燕红梅琳婷雪慧颖洁莉萍晶倩丹蓉佳怡欣悦雯璐瑶娜"
MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆志国建文斌林峰亮东海"

used_names = set()


def name(gender):
    pool = FEMALE if gender == "female" else MALE
    while True:
        surname = rng.choices(SURNAMES, SURNAME_WEIGHTS)[0]
        given = rng.choice(pool) if rng.random() < 0.35 else rng.choice(pool) + rng.choice(pool)
        if given[0] != given[-1] or len(given) == 1:
            full = surname + given
            if full not in used_names:
                used_names.add(full)
                return full


def day(start, end):
    a = datetime.date.fromisoformat(start)
    b = datetime.date.fromisoformat(end)
    return (a + datetime.timedelta(days=rng.randrange((b - a).days + 1))).isoformat()


UNITS = [
    ("u-bureau", "清河县教育局机关", "bureau-office", None),
    ("u-jxx", "清河县教师进修学校", "teacher-training", None),
    ("u-yz", "清河县第一中学", "high-school", ("party-led-principal-responsibility", "2023-09-01")),
    ("u-ez", "清河县第二中学", "high-school", ("party-led-principal-responsibility", "2023-09-01")),
    ("u-syzx", "清河县实验中学", "middle-school", ("party-led-principal-responsibility", "2023-09-01")),
    ("u-cgcz", "清河县城关初级中学", "middle-school", ("party-led-principal-responsibility", "2024-03-01")),
    ("u-dgcz", "清河县东关初级中学", "middle-school", ("party-led-principal-responsibility", "2024-03-01")),
    ("u-njcz", "清河县南街镇初级中学", "middle-school", ("principal-responsibility", "2012-09-01")),
    ("u-bpcz", "清河县北坪镇九年一贯制学校", "nine-year-school", ("principal-responsibility", "2014-09-01")),
    ("u-zj", "清河县职业教育中心", "vocational-centre", ("party-led-principal-responsibility", "2023-09-01")),
    ("u-sx", "清河县实验小学", "primary-school", ("party-led-principal-responsibility", "2023-09-01")),
    ("u-cg1", "清河县城关第一小学", "primary-school", ("party-led-principal-responsibility", "2024-03-01")),
    ("u-cg2", "清河县城关第二小学", "primary-school", ("party-led-principal-responsibility", "2024-09-01")),
    ("u-nj", "清河县南街镇中心小学", "primary-school", ("principal-responsibility", "2010-09-01")),
    ("u-bp", "清河县北坪镇中心小学", "primary-school", ("principal-responsibility", "2010-09-01")),
    ("u-xh", "清河县西河乡中心小学", "primary-school", None),
    ("u-dl", "清河县东岭乡中心小学", "primary-school", None),
    ("u-sm", "清河县南街镇石门村小学", "primary-school", None),
    ("u-lsw", "清河县西河乡柳树湾小学", "primary-school", None),
    ("u-mjp", "清河县西河乡马家坪小学", "primary-school", None),
    ("u-yjh", "清河县东岭乡杨家河小学", "primary-school", None),
    ("u-qls", "清河县东岭乡青龙寺小学", "primary-school", None),
    ("u-shk", "清河县北坪镇双河口小学", "primary-school", None),
    ("u-byl", "清河县北坪镇白杨林小学", "primary-school", None),
    ("u-y1", "清河县第一幼儿园", "kindergarten", ("party-led-director-responsibility", "2024-03-01", "pilot")),
    ("u-y2", "清河县第二幼儿园", "kindergarten", None),
    ("u-cgy", "清河县城关镇中心幼儿园", "kindergarten", None),
    ("u-njy", "清河县南街镇中心幼儿园", "kindergarten", None),
    ("u-yc", "清河县育才学校", "private-school", ("board-led-principal-responsibility", "2016-09-01")),
    ("u-by", "清河县博雅双语学校", "private-school", ("board-led-principal-responsibility", "2019-09-01")),
]

# Party organisations above branch level: id, name, kind, parent, units, established, term years, elected.
HIGHER = [
    ("jyj", "中共清河县教育局委员会", "grassroots-committee", None, ["u-bureau"], "1984-05-10", 5, "2021-06-18"),
    ("yz", "中共清河县第一中学委员会", "grassroots-committee", "jyj", ["u-yz"], "1986-09-15", 5, "2022-10-12"),
    ("zj", "中共清河县职业教育中心委员会", "grassroots-committee", "jyj", ["u-zj"], "2003-03-20", 5, "2023-04-07"),
    ("ez", "中共清河县第二中学总支部委员会", "general-branch", "jyj", ["u-ez"], "1995-06-01", 3, "2023-06-16"),
    ("syzx", "中共清河县实验中学总支部委员会", "general-branch", "jyj", ["u-syzx"], "2005-09-01", 3, "2022-09-23"),
]

# Branches: id, name, kind, parent, units, established, members, committee (elected, term) or None,
# category mix. The sample is imperfect on purpose; see examples/README.md for the list.
BRANCHES = [
    ("yz-b1", "清河县第一中学高一年级党支部", "branch", "yz", ["u-yz"], "2010-09-01", 56, ("2023-09-20", 3), "teachers"),  # over 50
    ("yz-b2", "清河县第一中学高二年级党支部", "branch", "yz", ["u-yz"], "2010-09-01", 40, ("2023-09-20", 3), "teachers"),
    ("yz-b3", "清河县第一中学高三年级及行政党支部", "branch", "yz", ["u-yz"], "2010-09-01", 36, ("2023-09-20", 3), "with-students"),
    ("zj-b1", "清河县职业教育中心教学党支部", "branch", "zj", ["u-zj"], "2003-03-20", 42, ("2023-05-10", 3), "teachers"),
    ("zj-b2", "清河县职业教育中心行政后勤党支部", "branch", "zj", ["u-zj"], "2003-03-20", 26, ("2023-05-10", 3), "with-students"),
    ("ez-b1", "清河县第二中学第一党支部", "branch", "ez", ["u-ez"], "2012-03-01", 29, ("2023-06-30", 3), "teachers"),
    ("ez-b2", "清河县第二中学第二党支部", "branch", "ez", ["u-ez"], "2012-03-01", 25, ("2023-06-30", 3), "teachers"),
    ("syzx-b1", "清河县实验中学第一党支部", "branch", "syzx", ["u-syzx"], "2008-09-01", 28, ("2022-10-14", 3), "teachers"),
    ("syzx-b2", "清河县实验中学第二党支部", "branch", "syzx", ["u-syzx"], "2008-09-01", 26, ("2022-10-14", 3), "teachers"),
    ("jg", "清河县教育局机关党支部", "branch", "jyj", ["u-bureau", "u-jxx"], "1984-05-10", 30, ("2022-06-28", 3), "staff"),
    ("cgcz", "清河县城关初级中学党支部", "branch", "jyj", ["u-cgcz"], "1998-09-01", 26, ("2024-03-22", 3), "teachers"),
    ("dgcz", "清河县东关初级中学党支部", "branch", "jyj", ["u-dgcz"], "2001-09-01", 19, ("2022-11-18", 3), "teachers"),
    ("njcz", "清河县南街镇初级中学党支部", "branch", "jyj", ["u-njcz"], "1999-03-01", 14, None, "teachers"),  # 7+ full members, no committee
    ("bpcz", "清河县北坪镇九年一贯制学校党支部", "branch", "jyj", ["u-bpcz"], "2014-09-01", 12, ("2023-12-08", 3), "teachers"),
    ("sx", "清河县实验小学党支部", "branch", "jyj", ["u-sx"], "1992-09-01", 31, ("2024-05-17", 3), "teachers"),
    ("cg1", "清河县城关第一小学党支部", "branch", "jyj", ["u-cg1"], "1990-09-01", 25, ("2022-12-09", 3), "teachers"),
    ("cg2", "清河县城关第二小学党支部", "branch", "jyj", ["u-cg2"], "1996-09-01", 18, ("2020-06-19", 3), "teachers"),  # overdue election
    ("nj", "清河县南街镇中心小学党支部", "branch", "jyj", ["u-nj"], "2002-03-01", 11, ("2023-03-24", 3), "teachers"),
    ("xd", "清河县西河东岭片区联合党支部", "joint-branch", "jyj", ["u-xh", "u-dl", "u-lsw", "u-mjp", "u-yjh", "u-qls"], "2019-09-01", 15, ("2022-09-09", 3), "teachers"),  # 6 units
    ("bpl", "清河县北坪片区联合党支部", "joint-branch", "jyj", ["u-bp", "u-shk", "u-byl", "u-sm"], "2019-09-01", 12, ("2022-09-09", 3), "teachers"),
    ("yey", "清河县幼教联合党支部", "joint-branch", "jyj", ["u-y1", "u-y2", "u-cgy", "u-njy"], "2018-03-01", 16, ("2024-04-12", 3), "kindergarten"),
    ("mb", "清河县民办学校联合党支部", "joint-branch", "jyj", ["u-yc", "u-by"], "2017-06-01", 6, ("2023-06-21", 3), "teachers"),
    ("ltx", "清河县教育系统离退休教职工党支部", "branch", "jyj", [], "2006-07-01", 48, ("2022-07-01", 3), "retired"),
]

BRANCH_ROLES = ["secretary", "organisation-member", "publicity-member", "discipline-member", "committee-member"]

members = []
branch_members = {}


def add_member(branch, units, mix, index):
    gender = "female" if rng.random() < (0.62 if mix in ("teachers", "with-students", "staff") else 0.9 if mix == "kindergarten" else 0.45) else "male"
    category = "teacher"
    birth = day("1966-01-01", "1998-12-31")
    if mix == "retired":
        category, birth = "retired", day("1942-01-01", "1963-12-31")
    elif mix == "staff":
        category = "staff" if rng.random() < 0.75 else "teacher"
    elif mix == "with-students" and index >= 3 and index < 6:
        # Students of 18 or over, developed in the school (县局汇报).
        category, birth = "student", day("2005-03-01", "2006-08-31")
    elif rng.random() < 0.07:
        category = "staff"
    member = {
        "id": "m%04d" % (len(members) + 1),
        "name": name(gender),
        "gender": gender,
        "birthDate": birth,
        "category": category,
    }
    if units:
        # In a joint branch, the first unit (the central school) has the most members.
        member["unit"] = units[0] if len(units) == 1 or rng.random() < 0.4 else rng.choice(units)
    member["branch"] = branch
    if category == "teacher" and rng.random() < 0.12:
        member["dualTraining"] = True
    members.append(member)
    return member


organisations = []
for oid, oname, kind, parent, units, established, term, elected in HIGHER:
    org = {"id": oid, "name": oname, "kind": kind}
    if parent:
        org["parent"] = parent
    org["units"] = units
    org["established"] = established
    org["_term"] = (elected, term)
    organisations.append(org)

groups = []
for bid, bname, kind, parent, units, established, count, committee, mix in BRANCHES:
    org = {"id": bid, "name": bname, "kind": kind, "parent": parent, "units": units, "established": established}
    ms = [add_member(bid, units, mix, i) for i in range(count)]
    branch_members[bid] = ms
    if committee:
        elected, term = committee
        # Under 7 members: a secretary only; 7 to 19: three; 20 and more: five.
        size = 1 if count < 7 else 3 if count < 20 else 5
        holders = [m for m in ms if m["category"] != "student"][:size]
        # Committees elected in 2024 re-elected their incumbents, who have held the posts since the previous election.
        since = elected if elected < "2024-01-01" else "%d%s" % (int(elected[:4]) - term, elected[4:])
        org["committee"] = {"elected": elected, "termYears": term, "positions": [
            {"role": BRANCH_ROLES[i], "member": holders[i]["id"], "from": since} for i in range(size)]}
    organisations.append(org)
    if count >= 20:
        # Groups (党小组) of about ten in large branches; committee members stay outside groups.
        n = 2 if count < 30 else 3 if count < 45 else 4
        rest = ms[5:]
        for g in range(n):
            gid = "%s-g%d" % (bid, g + 1)
            share = rest[g::n]
            for m in share:
                m["group"] = gid
            leader = share[0]
            appointed = day("2023-01-01", "2024-06-30")
            groups.append((bid, {"id": gid, "name": "%s第%s党小组" % (bname, "一二三四"[g]), "kind": "group",
                                 "parent": bid, "established": established,
                                 "committee": {"elected": appointed, "termYears": 3, "positions": [
                                     {"role": "group-leader", "member": leader["id"], "from": appointed}]}}))

# Committees above branch level draw on the secretaries of the branches beneath them.
for org in organisations:
    if "_term" not in org:
        continue
    elected, term = org.pop("_term")
    below = [b for b in BRANCHES if b[3] == org["id"]] if org["id"] != "jyj" else [b for b in BRANCHES if b[0] in ("jg", "sx", "cgcz", "cg1", "dgcz")]
    pool = []
    for b in below:
        pool.extend(m for m in branch_members[b[0]][:3] if m["category"] != "student")
    roles = ["secretary", "deputy-secretary", "organisation-member", "publicity-member", "discipline-member"]
    if org["kind"] == "general-branch":
        roles = roles[:1] + roles[2:]
    positions = [{"role": r, "member": pool[i]["id"], "from": elected} for i, r in enumerate(roles)]
    if org["id"] == "jyj":
        # The bureau committee's first secretary retired in 2023; the position history stays.
        predecessor = branch_members["ltx"][0]
        positions.insert(0, {"role": "secretary", "member": predecessor["id"], "from": elected, "to": "2023-08-31"})
        positions[1]["from"] = "2023-09-01"
    org["committee"] = {"elected": elected, "termYears": term, "positions": positions}

for bid, group in groups:
    at = next(i for i, o in enumerate(organisations) if o["id"] == bid)
    organisations.insert(at + 1 + sum(1 for o in organisations if o.get("parent") == bid), group)

# --- Histories ---------------------------------------------------------------------------------
# Most members joined the Party at college and were transferred in when hired; retirees also record
# their retirement. About thirty are in the development pipeline or recently developed, with a few
# deliberate timing problems for the compliance rules. A second random stream keeps the rest of the
# data unchanged when this part changes.
hrng = random.Random(20241231)
COLLEGES = ["清河师范学院学生党总支", "省师范大学学生党委", "市职业技术学院学生党支部", "省理工大学学生党委", "省农业大学学生党委"]
APPROVER = {"yz": "yz", "zj": "zj"}
letters = [0]


def d(text):
    return datetime.date.fromisoformat(text)


def between(a, b):
    return (a + datetime.timedelta(days=hrng.randrange((b - a).days + 1)))


def letter(received):
    letters[0] += 1
    issued = received - datetime.timedelta(days=hrng.randrange(5, 25))
    return {"number": "QH-%d-%03d" % (issued.year, letters[0]), "issued": issued.isoformat(),
            "validUntil": (issued + datetime.timedelta(days=90)).isoformat()}


def transferred_in(member, earliest_hire):
    birth = d(member["birthDate"])
    full_since = birth + datetime.timedelta(days=hrng.randrange(20 * 365 + 5, 23 * 365))
    received = between(max(full_since + datetime.timedelta(days=200), earliest_hire), max(full_since + datetime.timedelta(days=900), earliest_hire + datetime.timedelta(days=10)))
    return [{"type": "transferred-in", "date": received.isoformat(), "from": hrng.choice(COLLEGES), "letter": letter(received),
             "status": "full", "fullSince": full_since.isoformat()}]


def tally(entitled):
    present = max(entitled // 2 + 1, entitled - hrng.randrange(0, 4))
    return {"entitled": entitled, "present": present, "inFavour": present, "against": 0, "abstaining": 0, "writtenOpinions": 0}


def approver_of(branch):
    parent = next(b[3] for b in BRANCHES if b[0] == branch)
    return APPROVER.get(parent, "jyj")


holders = set()
for org in organisations:
    for p in org.get("committee", {}).get("positions", []):
        holders.add(p["member"])

for m in members:
    if m["category"] == "retired":
        birth = d(m["birthDate"])
        h = transferred_in(m, d("1980-01-01"))
        retired_on = min(birth.replace(year=birth.year + 60, day=min(birth.day, 28)), d("2024-06-30"))
        if retired_on > d(h[0]["date"]):
            h.append({"type": "category-changed", "date": retired_on.isoformat(), "category": "retired"})
        m["history"] = h
    elif m["category"] == "student":
        m["history"] = None  # developed below
    else:
        m["history"] = transferred_in(m, d("2000-08-15"))


def full_members_of(branch, exclude):
    return [x["id"] for x in branch_members[branch] if x["history"] and x["history"][0]["type"] == "transferred-in"
            and x["id"] != exclude and x["category"] != "retired"]


def develop(m, stage, start, problems=()):
    """Builds a development history up to a stage: applicant, activist, candidate, probationary, full."""
    branch = m["branch"]
    pool = full_members_of(branch, m["id"])
    entitled = max(3, sum(1 for x in branch_members[branch] if x["history"] and x["history"][0]["type"] == "transferred-in"))
    t = d(start)
    h = [{"type": "applied", "date": t.isoformat()}]
    t += datetime.timedelta(days=hrng.randrange(10, 28))
    h.append({"type": "first-talk-held", "date": t.isoformat(), "by": hrng.choice(pool)})
    if stage == "applicant":
        return h
    t += datetime.timedelta(days=hrng.randrange(60, 150))
    h.append({"type": "activist-designated", "date": t.isoformat(), "contacts": hrng.sample(pool, 2)})
    review = t
    if stage == "activist":
        last_review = d("2023-12-31") if "unreviewed" in problems else d("2024-12-20")
        while review + datetime.timedelta(days=175) < last_review:
            review += datetime.timedelta(days=175)
            h.append({"type": "activist-reviewed", "date": review.isoformat()})
        return h
    candidate_gap = 190 if "early-candidate" in problems else hrng.randrange(380, 420)
    last_review = t + datetime.timedelta(days=candidate_gap) if stage != "activist" else d("2024-12-20")
    if "unreviewed" in problems:
        last_review = d("2024-03-31")
    while review + datetime.timedelta(days=175) < last_review:
        review += datetime.timedelta(days=175)
        h.append({"type": "activist-reviewed", "date": review.isoformat()})
    t += datetime.timedelta(days=candidate_gap)
    h.append({"type": "candidate-designated", "date": t.isoformat()})
    t += datetime.timedelta(days=hrng.randrange(20, 40))
    h.append({"type": "political-reviewed", "date": t.isoformat(), "passed": True})
    t += datetime.timedelta(days=hrng.randrange(5, 20))
    h.append({"type": "training-completed", "from": (t - datetime.timedelta(days=2)).isoformat(), "to": t.isoformat(), "hours": 24})
    if stage == "candidate":
        return h
    t += datetime.timedelta(days=hrng.randrange(5, 15))
    h.append({"type": "introducers-named", "date": t.isoformat(), "introducers": hrng.sample(pool, 2)})
    t += datetime.timedelta(days=hrng.randrange(20, 45))
    admitted = t
    h.append({"type": "admitted", "date": t.isoformat(), "tally": tally(entitled)})
    t += datetime.timedelta(days=130 if "late-approval" in problems else hrng.randrange(30, 80))
    h.append({"type": "admission-approved", "date": t.isoformat(), "by": approver_of(branch)})
    t += datetime.timedelta(days=hrng.randrange(3, 20))
    h.append({"type": "oath-taken", "date": t.isoformat()})
    if stage == "probationary":
        return h
    t = admitted.replace(year=admitted.year + 1) + datetime.timedelta(days=hrng.randrange(-10, 25))
    h.append({"type": "confirmed", "date": t.isoformat(), "tally": tally(entitled)})
    return h


# Who is developed, and how far: (branch, stage, application date, deliberate problems).
PIPELINE = [
    ("yz-b1", "applicant", "2024-09-10", ()), ("yz-b1", "activist", "2023-10-08", ()),
    ("yz-b1", "candidate", "2023-03-15", ("early-candidate",)), ("yz-b1", "probationary", "2022-06-06", ()),
    ("yz-b2", "activist", "2023-06-12", ()), ("yz-b2", "probationary", "2022-07-11", ()),
    ("yz-b3", "full", "2020-10-19", ()),
    ("zj-b1", "applicant", "2024-10-15", ()), ("zj-b1", "candidate", "2022-04-11", ()),
    ("zj-b1", "probationary", "2021-03-08", ()),  # admitted 2022: overdue for confirmation by 2024
    ("ez-b1", "activist", "2024-01-09", ()), ("ez-b2", "probationary", "2022-06-20", ("late-approval",)),
    ("syzx-b1", "full", "2020-09-07", ()), ("syzx-b2", "applicant", "2024-05-20", ()),
    ("sx", "activist", "2023-04-17", ()), ("sx", "probationary", "2022-08-01", ()), ("sx", "full", "2020-11-16", ()),
    ("cg1", "candidate", "2022-08-29", ()), ("cgcz", "applicant", "2024-06-03", ()), ("cgcz", "full", "2021-01-11", ()),
    ("dgcz", "activist", "2023-09-04", ()), ("bpcz", "probationary", "2022-05-16", ()),
    ("yey", "applicant", "2024-04-22", ()), ("yey", "activist", "2023-05-15", ("unreviewed",)), ("xd", "candidate", "2022-10-10", ()),
]
OVERDUE = "zj-b1"  # its probationary member is left unconfirmed

taken = set()
for branch, stage, start, problems in PIPELINE:
    candidates = [x for x in branch_members[branch] if x["id"] not in holders and x["id"] not in taken
                  and x["category"] == "teacher" and "group" in x and d(x["birthDate"]) > d("1980-01-01")]
    if not candidates:
        candidates = [x for x in branch_members[branch] if x["id"] not in holders and x["id"] not in taken and x["category"] == "teacher"]
    m = candidates[-1]
    taken.add(m["id"])
    if stage != "full" and stage != "probationary":
        m.pop("dualTraining", None)
    m["history"] = develop(m, stage, start, problems)

# Students: developed at school from 18 (one applied at 17, a deliberate problem).
students = sorted((x for x in members if x["category"] == "student"), key=lambda x: x["birthDate"], reverse=True)
for i, s in enumerate(students):
    birth = d(s["birthDate"])
    eighteen = birth.replace(year=birth.year + 18, day=min(birth.day, 28))
    applied = eighteen - datetime.timedelta(days=60) if i == 0 else eighteen + datetime.timedelta(days=hrng.randrange(5, 60))
    stage = ["applicant", "activist", "applicant", "activist", "applicant", "applicant"][i]
    s["history"] = develop(s, stage, applied.isoformat())

# A sanction and a suspension, for the rules on rights and on lost contact.
sanctioned = next(x for x in branch_members["dgcz"] if x["id"] not in holders and x["id"] not in taken)
sanctioned["history"].append({"type": "sanctioned", "date": "2024-03-15", "sanction": "probation-within-party", "months": 24})
warned = next(x for x in branch_members["cg2"] if x["id"] not in holders and x["id"] not in taken)
warned["history"].append({"type": "sanctioned", "date": "2024-06-20", "sanction": "warning"})
lost = next(x for x in branch_members["xd"] if x["id"] not in holders and x["id"] not in taken)
lost["history"].append({"type": "suspended", "date": "2024-05-10", "reason": "外出务工失去联系六个月以上"})


# --- Activities, dues and trainings of 2024 -----------------------------------------------------
# A third random stream keeps the rest unchanged. The county mostly keeps its rules; the exceptions are
# deliberate and listed in examples/README.md.
arng = random.Random(20240615)
from decimal import Decimal, ROUND_HALF_UP
YEAR = 2024
REASONS = ["外出培训", "病假", "事假", "公差", "家中有事", "参加教研活动"]


def on(event):
    return d(event["date"] if "date" in event else event["to"])


def status_on(m, day):
    status = None
    for e in m["history"]:
        if on(e) > day:
            break
        t = e["type"]
        if t == "transferred-in":
            status = e["status"]
        elif t == "applied":
            status = "applicant"
        elif t == "activist-designated":
            status = "activist"
        elif t == "candidate-designated":
            status = "candidate"
        elif t == "admitted":
            status = "probationary"
        elif t == "confirmed":
            status = "full"
        elif t == "suspended":
            status = "suspended"
    return status


def is_member(m, day):
    return status_on(m, day) in ("full", "probationary")


org_by_id = {o["id"]: o for o in organisations}
branch_ids = [b[0] for b in BRANCHES]
group_members = {}
for m in members:
    if "group" in m:
        group_members.setdefault(m["group"], []).append(m)


def holders(org_id, day):
    c = org_by_id[org_id].get("committee")
    if not c:
        return []
    return [p["member"] for p in c["positions"] if d(p["from"]) <= day and ("to" not in p or d(p["to"]) >= day)]


def secretary(org_id, day):
    c = org_by_id[org_id].get("committee")
    if not c:
        return None
    for p in c["positions"]:
        if p["role"] == "secretary" and d(p["from"]) <= day and ("to" not in p or d(p["to"]) >= day):
            return p["member"]
    return None


def chair_of(branch):
    return next(m["id"] for m in branch_members[branch] if is_member(m, d("2024-01-01")))


# The member who drifts away in July: no organisational life and no dues for the rest of the year.
LOST = next(m for m in branch_members["bpl"] if m["id"] not in holders("bpl", d("2024-01-01")) and is_member(m, d("2024-01-01")))["id"]
POOR_RECORDS = "nj"          # absences without reasons, records without a recorder
NO_JULY_COMMITTEE = "cg1"    # no 支委会 in July
NO_QUORUM = ("dgcz", 2)      # the second-quarter general meeting lacks a quorum
NO_LIFE_MEETING = "xd"       # no 组织生活会 in the year
NO_LECTURER = "mb"           # a lecture whose lecturer is not recorded
NO_FIRST_TOPIC = "dgcz"      # committee meetings of the second half-year skip the 第一议题
FEW_TALKS = "bpl"            # the secretary did not talk with three members
FIRST_TOPIC = ["学习贯彻习近平总书记关于教育的重要论述", "学习贯彻党的二十届三中全会精神", "学习《中国共产党纪律处分条例》",
               "学习贯彻全国教育大会精神", "学习上级党组织最新文件精神"]
AGENDA = ["研究本月支部工作安排", "讨论发展党员工作", "研究党员教育管理工作", "部署主题党日活动", "研究师德师风建设"]

activities = []


def present(people, day, branch, skip=()):
    attendees, absentees = [], []
    for m in people:
        if not is_member(m, day) or m["id"] in skip:
            if is_member(m, day) and m["id"] != LOST:
                absentees.append(m["id"])
            elif m["id"] == LOST and day >= d("2024-07-01"):
                continue
            continue
        if m["id"] == LOST and day >= d("2024-07-01"):
            continue
        (attendees if arng.random() < 0.92 else absentees).append(m["id"])
    absent = []
    for a in absentees:
        reason = None if branch == POOR_RECORDS and day.month % 3 == 0 and arng.random() < 0.5 else arng.choice(REASONS)
        absent.append({"member": a, "reason": reason} if reason else {"member": a})
    return attendees, absent


def add(org, kind, key, day, attendees, absentees=(), host=None, recorder=None, lecturer=None, agenda=(), summary=None):
    a = {"id": "%s-%s-%s" % (org, key, day.strftime("%Y-%m-%d")), "organisation": org, "type": kind, "date": day.isoformat()}
    if host:
        a["host"] = host
    if recorder:
        a["recorder"] = recorder
    if lecturer:
        a["lecturer"] = lecturer
    a["attendees"] = list(attendees)
    if absentees:
        a["absentees"] = list(absentees)
    if agenda:
        a["agenda"] = list(agenda)
    if summary:
        a["summary"] = summary
    activities.append(a)


for b in branch_ids:
    people = branch_members[b]
    chair = [m["id"] for m in people if is_member(m, d("2024-01-01"))][:2]
    for month in range(1, 13):
        first = datetime.date(YEAR, month, 1)
        sec = secretary(b, first) or chair[0]   # without a secretary, a senior member chairs
        committee = holders(b, first) or chair
        recorder = None if b == POOR_RECORDS and month % 3 == 0 else (committee[1] if len(committee) > 1 else sec)
        # 主题党日: a fixed day each month.
        day = datetime.date(YEAR, month, 12 + branch_ids.index(b) % 5)
        att, absn = present(people, day, b)
        add(b, "theme-party-day", "tpd", day, att, absn, host=sec, recorder=recorder,
            agenda=[{"title": arng.choice(["重温入党誓词", "参观红色教育基地", "志愿服务进社区", "集中学习研讨", "党员承诺践诺"])}])
        # 支委会 where there is a committee of three or more.
        if len(committee) >= 3 and not (b == NO_JULY_COMMITTEE and month == 7):
            day = datetime.date(YEAR, month, 3 + branch_ids.index(b) % 4)
            first_topic = not (b == NO_FIRST_TOPIC and month >= 7)
            agenda = ([{"title": arng.choice(FIRST_TOPIC), "firstTopic": True}] if first_topic else []) + [{"title": arng.choice(AGENDA)}]
            absent = [c for c in committee[1:] if arng.random() < 0.1][: (len(committee) - 1) // 2]
            attendees = [c for c in committee if c not in absent]
            add(b, "branch-committee-meeting", "cm", day, attendees, [{"member": c, "reason": arng.choice(REASONS)} for c in committee if c not in attendees],
                host=sec, recorder=committee[1], agenda=agenda)
        if month % 3 == 2:
            # 支部党员大会 once a quarter, and a 党课 by the secretary.
            day = datetime.date(YEAR, month, 20)
            quarter = month // 3 + 1
            if (b, quarter) == NO_QUORUM:
                voters = [m for m in people if is_member(m, day)]
                att = [m["id"] for m in voters[: len(voters) // 2 - 1]]
                absn = [{"member": m["id"], "reason": arng.choice(REASONS)} for m in voters[len(voters) // 2 - 1:]]
            else:
                att, absn = present(people, day, b)
            add(b, "branch-general-meeting", "gm", day, att, absn, host=sec, recorder=recorder,
                agenda=[{"title": arng.choice(FIRST_TOPIC), "firstTopic": True}, {"title": "通报本季度支部工作"}])
            day = datetime.date(YEAR, month, 24)
            att, absn = present(people, day, b)
            add(b, "party-lecture", "pl", day, att, absn, host=committee[1] if len(committee) > 1 else sec, recorder=recorder or sec,
                lecturer=None if (b == NO_LECTURER and quarter == 3) else sec,
                agenda=[{"title": arng.choice(["以教育家精神铸魂强师", "学习党章 遵守党章", "牢记初心使命 办好人民教育", "全面从严治党永远在路上"])}])
    # Year end: 组织生活会 and 民主评议, and talks in November and December.
    day = datetime.date(YEAR, 12, 26)
    sec = secretary(b, day) or chair[0]
    if b != NO_LIFE_MEETING:
        att, absn = present(people, day, b)
        add(b, "organisational-life-meeting", "ol", day, att, absn, host=sec, recorder=holders(b, day)[1] if len(holders(b, day)) > 1 else chair[1],
            agenda=[{"title": "对照检查，开展批评和自我批评"}])
    day = datetime.date(YEAR, 12, 27)
    att, absn = present(people, day, b)
    add(b, "democratic-appraisal", "da", day, att, absn, host=sec, recorder=holders(b, day)[1] if len(holders(b, day)) > 1 else chair[1],
        agenda=[{"title": "民主评议党员"}])
    talker = sec or next(m["id"] for m in people if is_member(m, d("2024-01-01")))
    talked = [m for m in people if is_member(m, d("2024-01-01")) and m["id"] != talker and m["id"] != LOST]
    if b == FEW_TALKS:
        talked = talked[3:]
    for i, m in enumerate(talked):
        day = datetime.date(YEAR, 11, 1) + datetime.timedelta(days=(i * 2) % 58)
        activities.append({"id": "%s-talk-%s" % (b, m["id"]), "organisation": b, "type": "heart-to-heart-talk", "date": day.isoformat(),
                           "attendees": [talker, m["id"]]})

for g, people in sorted(group_members.items()):
    leader = org_by_id[g]["committee"]["positions"][0]["member"]
    for month in range(1, 13):
        day = datetime.date(YEAR, month, 22)
        att, absn = present(people, day, org_by_id[g]["parent"])
        add(g, "group-meeting", "gr", day, att, absn, host=leader, recorder=leader, agenda=[{"title": arng.choice(FIRST_TOPIC)}])

for c in ["jyj", "yz", "zj"]:
    committee = holders(c, d("2024-01-01"))
    for month in (1, 4, 7, 10):
        day = datetime.date(YEAR, month, 9)
        add(c, "committee-meeting", "cm", day, committee, host=committee[0], recorder=committee[1],
            agenda=[{"title": arng.choice(FIRST_TOPIC), "firstTopic": True}, {"title": "研究部署本季度党建工作"}])

# Dues: a base for every member, a payment for every month of membership, mostly by the 15th.
def dues(category, base):
    brackets = [(3000, "0.005"), (5000, "0.01"), (10000, "0.015"), (None, "0.02")] if category != "retired" else [(5000, "0.005"), (None, "0.01")]
    rate = next(Decimal(r) for up, r in brackets if up is None or base <= up)
    return (base * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


dues_bases, dues_payments = [], []
QUARTERLY = "zj-b2"          # pays each quarter at its end, as the branch agreed
OVERPAID = next(m for m in branch_members["ltx"][5:])["id"]  # paid twice the amount in March
for m in members:
    if m["category"] == "student" or not any(is_member(m, datetime.date(YEAR, mm, 28)) for mm in range(1, 13)):
        continue
    low, high = (3300, 7600) if m["category"] == "retired" else ((2600, 3000) if arng.random() < 0.04 else (3600, 8400))
    base = Decimal(arng.randrange(low, high, 10)).quantize(Decimal("0.01"))
    dues_bases.append({"member": m["id"], "from": "2024-01", "monthlyBase": "%.2f" % base})
    for month in range(1, 13):
        last = datetime.date(YEAR, month, 28)
        if not is_member(m, last) or (m["id"] == LOST and month >= 7):
            continue
        amount = dues(m["category"], base)
        if m["id"] == OVERPAID and month == 3:
            amount = amount * 2
        if m["branch"] == QUARTERLY:
            paid = (datetime.date(YEAR, month, 1).replace(month=((month - 1) // 3) * 3 + 3, day=1) + datetime.timedelta(days=27))
        else:
            paid = datetime.date(YEAR, month, arng.randrange(3, 16))
        dues_payments.append({"member": m["id"], "month": "%d-%02d" % (YEAR, month), "amount": "%.2f" % amount, "paidOn": paid.isoformat()})

# Trainings: branch secretaries attend two courses a half-year; three of them only one in the second.
trainings = []
ONE_TRAINING = ["nj", "xd", "mb"]
for b in branch_ids:
    sec = secretary(b, d("2024-01-01"))
    if not sec:
        continue
    for half, (a, z) in enumerate([("2024-03-01", "2024-06-20"), ("2024-09-01", "2024-12-20")]):
        count = 1 if (half == 1 and b in ONE_TRAINING) else 2
        for k in range(count):
            day = between(d(a), d(z))
            trainings.append({"member": sec, "date": day.isoformat(),
                              "title": ["全县党支部书记示范培训班", "学校党组织书记能力提升专题培训", "基层党务工作者业务培训"][(half + k) % 3]})

# --- The assessment cycle of 2024: commitments, points, appraisal, secretaries' reports -------------
crng = random.Random(20241010)
PROMISES = [("结对帮扶一名青年教师", "全年听课20节"), ("带头开展课后服务", "每周2次"), ("参与志愿服务", "全年不少于4次"),
            ("承担一项教研课题", "年内结题"), ("家访学困生家庭", "不少于10户"), ("讲好一堂党课或微党课", None)]
LATE_COMMITMENT = next(m["id"] for m in branch_members["sx"][6:] if is_member(m, d("2024-01-01")))
NO_COMMITMENT = next(m["id"] for m in branch_members["cg1"][6:] if is_member(m, d("2024-01-01")))
UNREVIEWED = next(m["id"] for m in branch_members["ez-b1"][6:] if is_member(m, d("2024-01-01")))
NO_Q3_POINTS = next(m["id"] for m in branch_members["dgcz"][6:] if is_member(m, d("2024-01-01")))
EIGHT_RULES = next(m["id"] for m in branch_members["jg"][8:] if is_member(m, d("2024-01-01")))
WEAK_APPRAISAL = next(m["id"] for m in branch_members["cgcz"][8:] if is_member(m, d("2024-01-01")))
POORLY_RATED = "cg2"
commitments, ledger, ballots, report_ratings = [], [], [], []
for m in members:
    if not is_member(m, d("2024-03-31")) or m["id"] == NO_COMMITMENT:
        continue
    made = d("2024-04-08") if m["id"] == LATE_COMMITMENT else between(d("2024-01-05"), d("2024-03-25"))
    items = []
    for title, target in crng.sample(PROMISES, crng.randrange(2, 4)):
        item = {"title": title}
        if target:
            item["target"] = target
        if not (m["id"] == UNREVIEWED and not items):
            item["outcome"] = crng.choices(["kept", "partly-kept", "broken"], [85, 12, 3])[0]
        items.append(item)
    commitments.append({"member": m["id"], "year": 2024, "made": made.isoformat(), "items": items})
CATEGORIES = [("volunteer-service", 2, "志愿服务"), ("pioneer-post", 3, "党员先锋岗"), ("commendation-school", 2, "校级表彰"),
              ("commendation-county", 5, "县级表彰"), ("study-missed", -3, "无故缺席集中学习"),
              ("organisational-life-missed", -2, "无故缺席组织生活")]
for m in members:
    for q, (a, z) in enumerate([("2024-01-05", "2024-03-28"), ("2024-04-02", "2024-06-28"), ("2024-07-02", "2024-09-27"), ("2024-10-08", "2024-12-27")]):
        if not is_member(m, d(a)) or not is_member(m, d(z)) or (m["id"] == LOST and q >= 2) or (m["id"] == NO_Q3_POINTS and q == 2):
            continue
        for _ in range(crng.choices([1, 2], [60, 40])[0]):
            category, points, note = crng.choices(CATEGORIES, [40, 25, 12, 4, 12, 7])[0]
            ledger.append({"date": between(d(a), d(z)).isoformat(), "member": m["id"], "category": category,
                           "points": points, "note": note, "approver": secretary(m["branch"], d(a)) or chair_of(m["branch"])})
    if m["id"] == EIGHT_RULES:
        ledger.append({"date": "2024-09-18", "member": m["id"], "category": "eight-rules-breach", "points": -10,
                       "note": "违规收受学生家长礼品，受到通报批评", "approver": secretary(m["branch"], d("2024-09-18"))})
for b in branch_ids:
    voters = [m for m in branch_members[b] if is_member(m, d("2024-01-01")) and is_member(m, d("2024-12-31")) and m["id"] != LOST]
    for i, m in enumerate(voters):
        peers = [voters[(i + k) % len(voters)] for k in (1, 2, 3)] if len(voters) > 3 else [v for v in voters if v is not m]
        ballots.append({"voter": m["id"], "subject": m["id"], "year": 2024, "grade": "qualified"})
        for p in peers:
            if m["id"] == WEAK_APPRAISAL:
                grade = "basically-qualified"
            else:
                grade = crng.choices(["excellent", "qualified", "basically-qualified"], [30, 68, 2])[0]
            ballots.append({"voter": p["id"], "subject": m["id"], "year": 2024, "grade": grade})
    sec = secretary(b, d("2024-12-31"))
    if sec:
        for rater in [v for v in voters if v["id"] != sec][:5]:
            grades = ["average", "poor", "average", "fairly-good", "poor"] if b == POORLY_RATED else None
            grade = grades[len([r for r in report_ratings if r["organisation"] == b])] if grades else crng.choices(["good", "fairly-good", "average"], [60, 35, 5])[0]
            report_ratings.append({"rater": rater["id"], "secretary": sec, "organisation": b, "year": 2024, "grade": grade})

# Theory study (理论学习) under the county's calendar (county-study-training.yaml states the same dates): each
# school a branch covers studies once a teaching week, on the week's first teaching day, for an hour; the
# bureau office studies an hour every working day. A stream of its own, so nothing else changes. Deliberate
# lapses: 东关初级中学 skipped two teaching weeks in May, and one of the bureau's November sessions lasted
# forty minutes. Records name the school (unit) and the length (minutes); attendance of the whole staff is
# the school's, not the branch's, to record.
srng = random.Random(20241101)
TERMS = [("2023-09-01", "2024-01-19"), ("2024-02-26", "2024-07-05"), ("2024-09-01", "2025-01-17")]
SCHOOL_HOLIDAYS = [("2024-01-20", "2024-02-25"), ("2024-07-06", "2024-08-31")]
PUBLIC_HOLIDAYS = [("2024-01-01", "2024-01-01"), ("2024-02-10", "2024-02-17"), ("2024-04-04", "2024-04-06"),
                   ("2024-05-01", "2024-05-05"), ("2024-06-10", "2024-06-10"), ("2024-09-15", "2024-09-17"),
                   ("2024-10-01", "2024-10-07")]
MAKE_UP_DAYS = ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"]
SCHOOL_KINDS = ("primary-school", "middle-school", "high-school", "nine-year-school", "vocational-centre", "private-school")
STUDY_TOPICS = ["学习习近平新时代中国特色社会主义思想", "学习党的二十届三中全会精神", "学习《中国共产党纪律处分条例》",
                "学习教育家精神", "学习《关于建立中小学校党组织领导的校长负责制的意见（试行）》", "学习师德师风建设有关文件"]


def in_ranges(day, ranges):
    return any(d(a) <= day <= d(b) for a, b in ranges)


def working_day(day):
    return day.isoformat() in MAKE_UP_DAYS or (day.weekday() < 5 and not in_ranges(day, PUBLIC_HOLIDAYS))


def teaching_day(day):
    return working_day(day) and in_ranges(day, TERMS) and not in_ranges(day, SCHOOL_HOLIDAYS)


unit_kind = {u: k for u, n, k, g in UNITS}
SKIPPED_WEEKS = ("dgcz", "u-dgcz", ("2024-05-13", "2024-05-20"))
SHORT_SESSION = ("jg", "2024-11-13")
for org in organisations:
    if org["kind"] not in ("branch", "joint-branch"):
        continue
    host = secretary(org["id"], d("2024-01-01")) or chair_of(org["id"])
    for unit in org.get("units", []):
        if unit_kind[unit] in SCHOOL_KINDS:
            monday = d("2024-01-01")
            while monday.year == 2024:
                days = [monday + datetime.timedelta(days=i) for i in range(7)]
                teaching = [x for x in days if x.year == 2024 and teaching_day(x)]
                skipped = org["id"] == SKIPPED_WEEKS[0] and unit == SKIPPED_WEEKS[1] and monday.isoformat() in SKIPPED_WEEKS[2]
                if teaching and not skipped:
                    day = teaching[0]
                    activities.append({"id": "%s-ts-%s-%s" % (org["id"], unit, day.isoformat()), "organisation": org["id"], "unit": unit,
                                       "type": "theory-study", "date": day.isoformat(), "minutes": 60, "host": host,
                                       "attendees": [], "agenda": [{"title": srng.choice(STUDY_TOPICS)}]})
                monday += datetime.timedelta(days=7)
        elif unit_kind[unit] == "bureau-office":
            day = d("2024-01-01")
            while day.year == 2024:
                if working_day(day):
                    minutes = 40 if (org["id"], day.isoformat()) == SHORT_SESSION else 60
                    activities.append({"id": "%s-ts-%s" % (org["id"], day.isoformat()), "organisation": org["id"], "unit": unit,
                                       "type": "theory-study", "date": day.isoformat(), "minutes": minutes, "host": host,
                                       "attendees": [], "agenda": [{"title": srng.choice(STUDY_TOPICS)}]})
                day += datetime.timedelta(days=1)


# The records 发展细则 names around an admission, added without draws from the random generators: the
# training's result (结业), the higher committee's pre-review (预审) a week before the branch meeting, and
# a review of each probationary member every 175 days of probation.
for m in members:
    h = m["history"]
    for e in h:
        if e["type"] == "training-completed":
            e["passed"] = True
    extra = []
    for i, e in enumerate(h):
        if e["type"] == "admitted":
            admitted = on(e)
            extra.append({"type": "pre-reviewed", "date": (admitted - datetime.timedelta(days=7)).isoformat(),
                          "by": approver_of(m["branch"]), "passed": True})
            ends = [on(x) for x in h[i + 1:] if x["type"] in ("confirmed", "probation-cancelled")]
            end = min(ends[0] if ends else d("2024-12-31"), d("2024-12-31"))
            review = admitted + datetime.timedelta(days=175)
            while review < end:
                extra.append({"type": "probation-reviewed", "date": review.isoformat()})
                review += datetime.timedelta(days=175)
    if extra:
        m["history"] = sorted(h + extra, key=on)


# Branch-meeting votes count the branch's entitled voters on the meeting day (发展细则 第二十条): full
# members of the branch, not probationary, not suspended, not under 留党察看. The tallies drawn above used an
# estimate; here each is set to the roll's figure, with no draws from the random generators (so nothing else
# changes): present and in favour keep their draw where the roll allows it, else a bare majority.
def voting_rights_on(m, day):
    if status_on(m, day) != "full":
        return False
    for e in m["history"]:
        if e["type"] == "sanctioned" and e["sanction"] == "probation-within-party" and on(e) <= day:
            start = on(e)
            months = start.month - 1 + e["months"]
            end = start.replace(year=start.year + months // 12, month=months % 12 + 1)
            if day < end:
                return False
    return True


# The one deliberate exception: the first admission of 2024 records the branch's head count, not its voters.
WRONG_DENOMINATOR = None
for m in sorted(members, key=lambda x: x["id"]):
    for e in m["history"]:
        if e["type"] in ("admitted", "confirmed"):
            day = on(e)
            entitled = sum(1 for x in branch_members[m["branch"]] if x is not m and voting_rights_on(x, day))
            t = e["tally"]
            present = min(t["present"], entitled) if t["present"] * 2 > entitled else entitled // 2 + 1
            claimed = entitled
            if WRONG_DENOMINATOR is None and e["type"] == "admitted" and day.year == 2024:
                WRONG_DENOMINATOR = m["id"]
                claimed = len(branch_members[m["branch"]])
            e["tally"] = {"entitled": claimed, "present": present, "inFavour": present, "against": 0, "abstaining": 0,
                          "writtenOpinions": 0}

# 三重一大 (no draws from the random generator, and after every record that reads the activities): matters decided by a school's Party organisation's meeting,
# then carried out by its principal's office meeting. Deliberate gaps: 第一中学's Party committee decided the
# appointments with 3 of its 5 members present (two thirds are needed); 第二中学's office meeting rebuilt the
# playground with no Party meeting deciding it first; 实验中学's plan went ahead with no 会前沟通 recorded;
# 城关初级中学's office meeting voted on its library funds with 3 of its 7 present.
def tally(entitled, present):
    return {"entitled": entitled, "present": present, "inFavour": present, "against": 0, "abstaining": 0, "writtenOpinions": 0}


def decided(title, category, matter, entitled, present, agreed=False):
    decision = {"category": category, "matter": matter, "tally": tally(entitled, present)}
    if agreed:
        decision["agreedBeforehand"] = True
    return {"title": title, "decision": decision}


def school_meeting(org, unit, kind, key, day, attendees, items):
    agenda = [{"title": FIRST_TOPIC[0], "firstTopic": True}] if kind == "party-organisation-meeting" else []
    add(org, kind, key, d(day), attendees, host=attendees[0], recorder=attendees[1], agenda=agenda + items)
    activities[-1]["unit"] = unit


def party_meeting(org, unit, day, items):
    school_meeting(org, unit, "party-organisation-meeting", "po", day, holders(org, d(day)), items)


def office_meeting(org, unit, day, attendees, items):
    school_meeting(org, unit, "principal-office-meeting", "pom", day, attendees, items)


party_meeting("yz", "u-yz", "2024-03-12", [
    decided("购置高三年级多媒体教学设备", "large-funds", "yz-2024-funds-1", 5, 5, agreed=True),
    decided("聘任年级主任和教研组长", "appointment", "yz-2024-cadres-1", 5, 3, agreed=True)])
office_meeting("yz", "u-yz", "2024-03-15", ["m0002", "m0003", "m0004", "m0005"], [
    decided("购置高三年级多媒体教学设备", "large-funds", "yz-2024-funds-1", 6, 5),
    decided("聘任年级主任和教研组长", "appointment", "yz-2024-cadres-1", 6, 5)])
office_meeting("ez", "u-ez", "2024-05-10", ["m0201", "m0203"], [
    decided("改建学校运动场", "major-project", "ez-2024-playground", 4, 3)])
party_meeting("syzx", "u-syzx", "2024-04-08", [decided("制定学校三年发展规划", "major-decision", "syzx-2024-plan", 4, 4)])
office_meeting("syzx", "u-syzx", "2024-04-11", ["m0256", "m0257"], [
    decided("制定学校三年发展规划", "major-decision", "syzx-2024-plan", 4, 3)])
party_meeting("cgcz", "u-cgcz", "2024-06-03", [decided("购置图书馆图书", "large-funds", "cgcz-2024-library", 5, 4, agreed=True)])
office_meeting("cgcz", "u-cgcz", "2024-06-05", ["m0340", "m0341", "m0342"], [
    decided("购置图书馆图书", "large-funds", "cgcz-2024-library", 7, 3)])
party_meeting("cg1", "u-cg1", "2024-09-02", [decided("修订教职工绩效考核方案", "major-decision", "cg1-2024-evaluation", 5, 3, agreed=True)])
office_meeting("cg1", "u-cg1", "2024-09-04", ["m0442", "m0443"], [
    decided("修订教职工绩效考核方案", "major-decision", "cg1-2024-evaluation", 5, 4)])

# Village schools that are teaching points of their township's central school, not legal persons of their own:
# outside the governance reform's scope.
TEACHING_POINTS = {"u-qls", "u-shk", "u-byl"}

# The governance register (no draws from the random generator): the reform's four documents of each public
# school, due by 2024-06-30 and counted from 2022 (county-first-topic). Deliberate gaps: 城关第二小学 has no list
# of powers; 东关初级中学 adopted its Party meeting's rules on 15 July, after the deadline; 南街镇中心小学's charter
# of 2012 was never revised; 西河乡中心小学 has none; 北坪镇九年一贯制学校 fixed its list of powers on the deadline itself.
REFORM_DOCUMENTS = ("charter", "party-meeting-rules", "principal-meeting-rules", "powers-list")
governance_documents = []


def register(unit, charter, revised, rules, powers, skip=()):
    dated = {"charter": charter, "party-meeting-rules": rules, "principal-meeting-rules": rules, "powers-list": powers}
    for kind in REFORM_DOCUMENTS:
        if kind in skip:
            continue
        document = {"unit": unit, "kind": kind, "adopted": dated[kind]}
        if kind == "charter" and revised:
            document["revised"] = revised
        document["approvedBy"] = "bureau" if kind == "charter" else "party-organisation-meeting"
        governance_documents.append(document)


for u in ("u-ez", "u-sx", "u-syzx", "u-yz", "u-zj"):
    register(u, "2016-09-01", "2023-07-10", "2023-08-25", "2023-08-30")
for u in ("u-cg1", "u-cgcz"):
    register(u, "2016-09-01", "2024-02-20", "2024-02-26", "2024-02-28")
register("u-dgcz", "2016-09-01", "2024-02-20", "2024-02-26", "2024-02-28", skip=("party-meeting-rules",))
governance_documents.append({"unit": "u-dgcz", "kind": "party-meeting-rules", "adopted": "2024-07-15",
                             "approvedBy": "party-organisation-meeting"})
register("u-cg2", "2016-09-01", "2024-04-18", "2024-05-22", None, skip=("powers-list",))
register("u-nj", "2012-09-01", None, "2024-05-10", "2024-05-10")
for u in ("u-bp", "u-dl", "u-lsw", "u-mjp", "u-njcz", "u-sm", "u-yjh"):
    register(u, "2015-09-01", "2024-04-15", "2024-05-20", "2024-06-28")
register("u-bpcz", "2015-09-01", "2024-04-15", "2024-05-20", "2024-06-30")


# Two entries alike in every field are two events only if told apart: each gets an id of its member, day and number.
seen_entries = {}
for entry in ledger:
    seen_entries.setdefault(json.dumps(entry, sort_keys=True), []).append(entry)
for alike in seen_entries.values():
    if len(alike) > 1:
        for number, entry in enumerate(alike, 1):
            entry["id"] = "ledger-%s-%s-%d" % (entry["member"], entry["date"].replace("-", ""), number)


# The leadership teams of the schools under the Party-led model (no draws from the random generator): each
# principal and vice-principal, a member of the school's committee as the model asks (双向进入、交叉任职),
# with deliberate exceptions: a vice-principal of 第一中学 not on its Party committee; 第二中学's general-branch
# secretary also its principal, and 实验中学's principal on its general branch's committee but not as 副书记; 实验小学's
# principal a member but not on the branch committee; 城关第一小学's principal not a Party member; 城关第二小学's
# principal retired on 2024-07-31 with no successor in the year. (东关初级中学's branch secretary is also its principal,
# which a school with a branch only may do.)
leadership_posts = []


def post(unit, kind, member, start, end=None, name=None):
    record = {"unit": unit, "post": kind}
    if member:
        record["member"] = member
    if name:
        record["name"] = name
    record["from"] = start
    if end:
        record["to"] = end
    leadership_posts.append(record)


post("u-yz", "principal", "m0002", "2019-09-01")
post("u-yz", "vice-principal", "m0003", "2019-09-01")
post("u-yz", "vice-principal", "m0004", "2023-09-01")
post("u-yz", "middle-manager", "m0005", "2021-09-01")
post("u-ez", "principal", "m0201", "2020-09-01")
post("u-ez", "vice-principal", "m0203", "2020-09-01")
post("u-syzx", "principal", "m0256", "2018-09-01")
post("u-syzx", "vice-principal", None, "2022-09-01", name="何文清")
post("u-cgcz", "principal", "m0340", "2021-09-01")
post("u-cgcz", "vice-principal", "m0341", "2021-09-01")
post("u-dgcz", "principal", "m0365", "2020-09-01")
post("u-dgcz", "vice-principal", "m0366", "2020-09-01")
post("u-sx", "principal", "m0415", "2022-09-01")
post("u-sx", "vice-principal", "m0411", "2022-09-01")
post("u-cg1", "principal", None, "2021-09-01", name="林一凡")
post("u-cg1", "vice-principal", "m0442", "2021-09-01")
post("u-cg2", "principal", "m0467", "2016-09-01", end="2024-07-31")
post("u-cg2", "vice-principal", "m0468", "2019-09-01")


# 述职 (no draws from the random generator): every secretary on 2024-12-31 reports on the year's Party work,
# rated by the members (their grades as in the report ratings above) and, in the schools, by the teachers who
# are not members; the principals of the schools with recorded leadership teams report 述职述廉 to the
# bureau's committee. Due by 2024-12-20 (county-first-topic). Deliberate gaps: 西河东岭片区联合党支部's secretary
# never reported; the retirees' branch reported on 2024-12-27, late; 南街镇中心小学's report was not rated;
# 实验小学's principal did not report.
duty_reports = []
GRADE_FIELD = {"good": "good", "fairly-good": "fairlyGood", "average": "average", "poor": "poor"}


def group_rating(group, counts):
    rating = {"group": group}
    for field in ("good", "fairlyGood", "average", "poor"):
        rating[field] = counts.get(field, 0)
    return rating


for org in organisations:
    if org["kind"] not in ("grassroots-committee", "general-branch", "branch", "joint-branch") or "committee" not in org:
        continue
    holders_at_end = [p for p in org["committee"]["positions"] if p["role"] == "secretary" and d(p["from"]) <= d("2024-12-31")
                      and ("to" not in p or d(p["to"]) >= d("2024-12-31"))]
    if not holders_at_end or org["id"] == "xd":
        continue
    secretary_id = holders_at_end[0]["member"]
    members_counts = {}
    for r in report_ratings:
        if r["secretary"] == secretary_id and r["organisation"] == org["id"] and r["year"] == 2024:
            members_counts[GRADE_FIELD[r["grade"]]] = members_counts.get(GRADE_FIELD[r["grade"]], 0) + 1
    if not members_counts:
        members_counts = {"good": 4, "fairlyGood": 1}
    ratings = [] if org["id"] == "nj" else [group_rating("members", members_counts)]
    if ratings and org["id"] not in ("ltx", "jg", "jyj"):
        ratings.append(group_rating("non-member-teachers", {"good": 8, "fairlyGood": 3, "average": 1}))
    report = {"kind": "party-work", "reporter": secretary_id, "organisation": org["id"], "year": 2024,
              "date": "2024-12-27" if org["id"] == "ltx" else "2024-12-16"}
    if ratings:
        report["ratings"] = ratings
    duty_reports.append(report)

# The principals' 述职述廉 is rated by the school's members and its teachers who are not members; 东关初级中学's
# principal, also its secretary, is rated 一般 on it, which brings the one secretary-report card for both
# reports down to 较好; the others are rated 好.
for i, (unit, organisation) in enumerate((("u-yz", "yz"), ("u-ez", "ez"), ("u-syzx", "syzx"), ("u-cgcz", "cgcz"), ("u-dgcz", "dgcz"),
                                          ("u-cg1", "cg1"))):
    head = next(p for p in leadership_posts if p["unit"] == unit and p["post"] == "principal" and "to" not in p)
    report = {"kind": "duty-and-integrity"}
    if "member" in head:
        report["reporter"] = head["member"]
    report.update({"organisation": organisation, "unit": unit, "heardBy": "jyj", "year": 2024, "date": "2024-12-18"})
    if unit == "u-dgcz":
        members_counts, teachers_counts = {"good": 2, "fairlyGood": 3, "average": 4, "poor": 2}, {"good": 4, "fairlyGood": 6, "average": 5, "poor": 1}
    else:
        members_counts, teachers_counts = {"good": 5 + i, "fairlyGood": 2, "average": i % 2}, {"good": 10, "fairlyGood": 3 + i, "average": 1}
    report["ratings"] = [group_rating("members", members_counts), group_rating("non-member-teachers", teachers_counts)]
    duty_reports.append(report)


# 督查整改 (no draws from the random generator): the bureau's spot checks of every school's Party organisation
# directly under it, once each half-year, audits on the five-year cycle, and the corrections of the issues they
# found. Deliberate gaps and edges: 西河东岭片区's first-half check came on 2024-07-01 (it counts for the second
# half, so the first half went unchecked); 民办学校联合党支部's on 2024-06-30, the half-year's last day, counts;
# 南街镇初级中学 was not checked in the second half, and its last audit, on 2019-12-31, falls a day outside the
# five years to 2024-12-31; 城关第二小学's correction was closed on its deadline (in time); 东关初级中学's first
# was closed late; 南街镇中心小学's is overdue; 北坪片区's was closed without its evidence; 第一中学's is open
# and not yet due; 北坪片区's correction of m0513's dues arrears, opened from the finding, was closed in time.
SCHOOL_ORGS = ["bpcz", "bpl", "cg1", "cg2", "cgcz", "dgcz", "ez", "mb", "nj", "njcz", "sx", "syzx", "xd", "yey", "yz", "zj"]
INSPECTORS = ["县教育局党委督查组"]
ISSUES = {
    ("h1", "cg2"): ["支部委员会会议记录要素不全"],
    ("h1", "dgcz"): ["三重一大事项会前沟通未留记录", "党费收缴台账未按月登记"],
    ("h1", "nj"): ["党员积分未按季度公示"],
    ("h1", "bpl"): ["联合党支部活动未覆盖全部学校"],
    ("h2", "yz"): ["党组织会议议事规则未按新要求修订"],
}
inspections = []
for i, org in enumerate(SCHOOL_ORGS):
    first = "2024-07-01" if org == "xd" else "2024-06-30" if org == "mb" else "2024-06-%02d" % (3 + i)
    checks = [("h1", first)] + ([] if org == "njcz" else [("h2", "2024-12-%02d" % (2 + i % 12))])
    for half, day in checks:
        record = {"id": "sc-2024%s-%s" % (half, org), "kind": "spot-check", "organisation": org, "date": day, "inspectors": INSPECTORS,
                  "score": 80 + (i * 7) % 19}
        if (half, org) in ISSUES:
            record["issues"] = ISSUES[(half, org)]
        inspections.append(record)
    audited = "2019-12-31" if org == "njcz" else "%d-%02d-15" % (2020 + i % 5, 3 + i % 9)
    inspections.append({"id": "au-%s-%s" % (audited[:4], org), "kind": "audit", "organisation": org, "date": audited,
                        "inspectors": ["县审计局"]})
# The bureau's office and the retirees' branches run no school, yet the bureau spot-checks them too, for their
# letters' inspection items (the coverage rules ask only of the schools).
for org, scores in (("jg", (88, 90)), ("ltx", (84, 86))):
    for half, day, score in (("h1", "2024-06-20", scores[0]), ("h2", "2024-12-16", scores[1])):
        inspections.append({"id": "sc-2024%s-%s" % (half, org), "kind": "spot-check", "organisation": org, "date": day,
                            "inspectors": INSPECTORS, "score": score})

# Each correction is owned by the organisation's secretary.
OWNERS = {"cg2": "m0466", "dgcz": "m0365", "nj": "m0484", "bpl": "m0510", "yz": "m0001"}


def correction(number, org, half, issue, deadline, closed=None, evidence=None, opened=None):
    record = {"id": "zg-2024-%02d" % number, "organisation": org, "inspection": "sc-2024%s-%s" % (half, org), "issue": issue,
              "title": ISSUES[(half, org)][issue - 1], "owner": OWNERS[org], "opened": opened or "2024-07-05", "deadline": deadline}
    if closed:
        record["closed"] = closed
    if evidence:
        record["closingEvidence"] = evidence
    return record


corrections = [
    correction(1, "cg2", "h1", 1, "2024-07-31", "2024-07-31", "补正后的支委会记录"),
    correction(2, "dgcz", "h1", 1, "2024-07-31", "2024-08-20", "会前沟通记录表"),
    correction(3, "dgcz", "h1", 2, "2024-07-31", "2024-07-15", "党费收缴台账（7月起按月登记）"),
    correction(4, "nj", "h1", 1, "2024-09-30"),
    correction(5, "bpl", "h1", 1, "2024-08-31", "2024-07-10"),
    correction(6, "yz", "h2", 1, "2025-01-31", opened="2024-12-20"),
    # And one opened from a finding, by its stable id: m0513's dues in arrears, paid up and closed in time.
    {"id": "zg-2024-07", "organisation": "bpl", "finding": "dues-arrears/bpl/member:m0513/dues-arrears.months@2024-07-01",
     "title": "党员党费欠缴", "owner": "m0510", "opened": "2024-07-10", "deadline": "2024-08-31", "closed": "2024-08-30",
     "closingEvidence": "补缴党费收据"},
]


# 通报: after the first half-year's checks the bureau named the two lowest scores (80 and 81); 实验中学 made
# its statement within the month, 北坪镇九年一贯制学校 never did (a deliberate gap).
bulletins = [{"id": "tb-2024-01", "issuedBy": "jyj", "date": "2024-07-15", "named": ["bpcz", "syzx"],
              "reason": "上半年抽查考核得分靠后", "statements": [{"organisation": "syzx", "date": "2024-08-09"}]}]


# 目标责任书: in February the bureau's committee signed the county's letter with every Party organisation directly
# under it — the school letter (county-school-letter) with the sixteen that run schools, each letter setting the
# school's own development quota, and the office letter (county-office-letter) with the bureau's office and the
# retirees' branches (the retirees' signed in December 2023, for 2024) — and the county's teaching-research office
# entered each school's teaching results (教育教学成效) for the letters' external indicator. Deliberate gaps and
# edges: 实验小学 admitted one member against a quota of two (missed), 第一中学 admitted exactly its quota of two
# (attained, at the target), 职业教育中心 none of its one; 东关初级中学's teaching result, 68, falls short of 80;
# 南街镇初级中学's was never entered (no value: the item earns nothing).
QUOTAS = {"yz": 2, "ez": 1, "bpcz": 1, "sx": 2, "zj": 1}
TEACHING = {"bpcz": 84, "bpl": 82, "cg1": 91, "cg2": 88, "cgcz": 86, "dgcz": 68, "ez": 90, "mb": 81, "nj": 83, "sx": 93,
            "syzx": 89, "xd": 80, "yey": 87, "yz": 95, "zj": 85}
letters = []
for org in SCHOOL_ORGS + ["jg", "ltx"]:
    record = {"id": "zrs-2024-%s" % org, "template": "county-office-letter" if org in ("jg", "ltx") else "county-school-letter",
              "from": "jyj", "to": org, "year": 2024, "signed": "2023-12-28" if org == "ltx" else "2024-02-26"}
    if org in SCHOOL_ORGS:
        record["targets"] = [{"item": "admissions", "value": QUOTAS.get(org, 0)}]
    letters.append(record)
indicator_values = [{"organisation": org, "indicator": "teaching-results", "year": 2024, "value": value, "source": "县教研室"}
                    for org, value in sorted(TEACHING.items())]


# 2023 (上一年), for the statistics' year-on-year comparison: each branch's and group's organisational life of
# 2024 held on the same day a year earlier (29 February on the 28th), with those who were members that day —
# attendees, absentees, host, recorder and lecturer alike — and none of 2024's decisions; the weekly theory
# study, which follows 2024's school calendar, and the committees' and office meetings are not repeated. Its own
# random stream leaves every 2024 record as it was: a few more absences than in 2024 (about one in twelve of
# those present a year later stayed away).
PREVIOUS_YEAR_TYPES = ("branch-general-meeting", "branch-committee-meeting", "group-meeting", "party-lecture", "theme-party-day",
                       "organisational-life-meeting", "democratic-appraisal", "heart-to-heart-talk")
prng = random.Random(20231231)
member_by_id = {m["id"]: m for m in members}
previous_year = []
previous_ids = set()
for a in activities:
    if a["type"] not in PREVIOUS_YEAR_TYPES or not a["date"].startswith("2024"):
        continue
    day = d(a["date"])
    earlier = datetime.date(2023, day.month, 28 if (day.month, day.day) == (2, 29) else day.day)
    if d(org_by_id[a["organisation"]]["established"]) > earlier:
        continue
    record_id = a["id"].replace("2024", "2023") if "2024" in a["id"] else a["id"] + "-2023"
    if record_id in previous_ids:
        continue
    previous_ids.add(record_id)
    record = {"id": record_id, "organisation": a["organisation"], "type": a["type"], "date": earlier.isoformat()}
    for role in ("host", "recorder", "lecturer"):
        if role in a and is_member(member_by_id[a[role]], earlier):
            record[role] = a[role]
    present = [x for x in a.get("attendees", []) if is_member(member_by_id[x], earlier)]
    absent = [x for x in a.get("absentees", []) if is_member(member_by_id[x["member"]], earlier)]
    stayed_away = [x for x in present if x != record.get("host") and prng.random() < 1 / 12]
    record["attendees"] = [x for x in present if x not in stayed_away]
    if absent or stayed_away:
        record["absentees"] = absent + [{"member": x, "reason": prng.choice(REASONS)} for x in stayed_away]
    if "agenda" in a:
        record["agenda"] = [{k: v for k, v in item.items() if k in ("title", "firstTopic")} for item in a["agenda"]]
    previous_year.append(record)
activities.extend(previous_year)


def unit_record(u, n, k, g):
    record = {"id": u, "name": n, "kind": k}
    if u in TEACHING_POINTS:
        record["legalPerson"] = False
    if g:
        record["governance"] = dict({"model": g[0], "since": g[1]}, **({"pilot": True} if len(g) > 2 else {}))
    return record


doc = {
    "schema": "dangjian/dataset@1",
    "region": {"code": "qinghe", "name": "清河县教育系统"},
    "units": [unit_record(u, n, k, g) for u, n, k, g in UNITS],
    "organisations": organisations,
    "members": members,
    "activities": activities,
    "duesBases": dues_bases,
    "duesPayments": dues_payments,
    "trainings": trainings,
    "ledger": ledger,
    "commitments": commitments,
    "ballots": ballots,
    "reportRatings": report_ratings,
    "governanceDocuments": governance_documents,
    "leadershipPosts": leadership_posts,
    "dutyReports": duty_reports,
    "inspections": inspections,
    "corrections": corrections,
    "bulletins": bulletins,
    "letters": letters,
    "indicatorValues": indicator_values,
}
import re
# Amounts of yuan are exact decimals with two places: written as JSON numbers, not floats.
# Synthetic personal data, made from the member's number and birth date (no draws from the random
# generator, so nothing else changes): resident ID numbers under the fictional region code 990101
# with a valid check character, and mobile numbers in 139.
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
for m in members:
    n = int(m["id"][1:])
    sequence = ((n * 37) % 499) * 2 + (1 if m["gender"] == "male" else 0)
    seventeen = "990101" + m["birthDate"].replace("-", "") + "%03d" % sequence
    check = "10X98765432"[sum(int(c) * w for c, w in zip(seventeen, ID_WEIGHTS)) % 11]
    m["nationalId"] = seventeen + check
    m["phone"] = "139%08d" % ((n * 7919) % 100000000)

print(re.sub(r'"(amount|monthlyBase)": "([0-9]+\.[0-9]{2})"', r'"\1": \2', json.dumps(doc, ensure_ascii=False, indent=2)))
