/* graph_names.c — stage: graph model. Names and directions of entity and
 * relation types, shared by every exporter and the relation patterns. */
#include "graph.h"

static const char *const etype_names[EG_NTYPES] = { "PERSON", "ORG", "LOC" };

static const struct {
    const char *name;
    int directed;
} reltypes[EG_NRELTYPES] = {
    [EG_REL_FAMILY] = { "family", 0 },
    [EG_REL_REPRESENTS] = { "represents", 1 },
    [EG_REL_MEMBER_OF] = { "member_of", 1 },
    [EG_REL_LEADS] = { "leads", 1 },
    [EG_REL_COMMUNICATED_WITH] = { "communicated_with", 1 },
    [EG_REL_MET_WITH] = { "met_with", 0 },
    [EG_REL_CRITICIZED] = { "criticized", 1 },
    [EG_REL_INVESTIGATES] = { "investigates", 1 },
    [EG_REL_TRANSACTED_WITH] = { "transacted_with", 1 },
    [EG_REL_LOCATED_IN] = { "located_in", 1 },
};

const char *eg_etype_name(eg_etype t)
{
    return (unsigned)t < EG_NTYPES ? etype_names[t] : "UNKNOWN";
}

const char *eg_reltype_name(eg_reltype t)
{
    return (unsigned)t < EG_NRELTYPES ? reltypes[t].name : "unknown";
}

int eg_reltype_directed(eg_reltype t)
{
    return (unsigned)t < EG_NRELTYPES ? reltypes[t].directed : 0;
}
