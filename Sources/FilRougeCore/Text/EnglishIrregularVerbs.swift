/// The past forms of the English irregular verbs, with their infinitive: `went` → `go`,
/// `bought` → `buy`. The English Hunspell dictionary knows these forms but gives them no lemma (it
/// has no morphology), and no stemmer can find `go` in `went`, so the reader looks them up here.
enum EnglishIrregularVerbs {
    /// The infinitive of an irregular past form (folded), nil for any other word.
    static func infinitive(of folded: String) -> String? {
        byForm[folded]
    }

    /// Each line: the infinitive, its simple past, its past participle (alternatives after a slash).
    private static let table = """
        arise arose arisen; awake awoke awoken; be was/were been; bear bore borne/born; beat beat beaten;
        become became become; begin began begun; bend bent bent; bet bet bet; bid bid bid; bind bound bound;
        bite bit bitten; bleed bled bled; blow blew blown; break broke broken; breed bred bred;
        bring brought brought; build built built; burn burnt burnt; burst burst burst; buy bought bought;
        catch caught caught; choose chose chosen; cling clung clung; come came come; cost cost cost;
        creep crept crept; cut cut cut; deal dealt dealt; dig dug dug; do did done; draw drew drawn;
        dream dreamt dreamt; drink drank drunk; drive drove driven; eat ate eaten; fall fell fallen;
        feed fed fed; feel felt felt; fight fought fought; find found found; flee fled fled; fly flew flown;
        forbid forbade forbidden; forecast forecast forecast; forget forgot forgotten; forgive forgave forgiven;
        freeze froze frozen; get got gotten; give gave given; go went gone; grind ground ground; grow grew grown;
        hang hung hung; have had had; hear heard heard; hide hid hidden; hit hit hit; hold held held;
        hurt hurt hurt; keep kept kept; kneel knelt knelt; know knew known; lay laid laid; lead led led;
        lean leant leant; leap leapt leapt; learn learnt learnt; leave left left; lend lent lent; let let let;
        lie lay lain; light lit lit; lose lost lost; make made made; mean meant meant; meet met met;
        mislead misled misled; mistake mistook mistaken; overcome overcame overcome; overtake overtook overtaken;
        pay paid paid; put put put; quit quit quit; read read read; rebuild rebuilt rebuilt; rethink rethought rethought;
        ride rode ridden; ring rang rung; rise rose risen; run ran run; say said said; see saw seen;
        seek sought sought; sell sold sold; send sent sent; set set set; shake shook shaken; shed shed shed;
        shine shone shone; shoot shot shot; show showed shown; shrink shrank shrunk; shut shut shut;
        sing sang sung; sink sank sunk; sit sat sat; sleep slept slept; slide slid slid; speak spoke spoken;
        speed sped sped; spell spelt spelt; spend spent spent; spin spun spun; split split split; spread spread spread;
        stand stood stood; steal stole stolen; stick stuck stuck; sting stung stung; strike struck struck;
        strive strove striven; swear swore sworn; sweep swept swept; swim swam swum; swing swung swung;
        take took taken; teach taught taught; tear tore torn; tell told told; think thought thought;
        throw threw thrown; understand understood understood; undertake undertook undertaken; upset upset upset;
        wake woke woken; wear wore worn; weep wept wept; win won won; wind wound wound; withdraw withdrew withdrawn;
        write wrote written
        """

    /// Past form → infinitive. A form that is also an infinitive of its own (`read`, `put`, `lay`)
    /// keeps its own meaning first: only forms that differ from their infinitive are listed, and a
    /// form listed for two verbs (`lay`, past of *lie*, infinitive of its own) is left out.
    private static let byForm: [String: String] = {
        var forms: [String: String] = [:]
        var infinitives: Set<String> = []
        var ambiguous: Set<String> = []
        for entry in table.split(separator: ";") {
            let words = entry.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let infinitive = words.first else { continue }
            infinitives.insert(infinitive)
            for column in words.dropFirst() {
                for form in column.split(separator: "/").map(String.init) where form != infinitive {
                    if let known = forms[form], known != infinitive { ambiguous.insert(form) }
                    forms[form] = infinitive
                }
            }
        }
        for form in ambiguous.union(infinitives) { forms[form] = nil }
        return forms
    }()
}
