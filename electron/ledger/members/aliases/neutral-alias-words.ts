/**
 * Words a migrant worker's alias is made of: trees, plants, birds, water and land. Chosen to say
 * nothing about a person: no given names (Rose, Wren, Hazel, Jordan...), no places or rivers that
 * hint at a country of origin (Mekong, Ganges...), nothing that reads as mockery in English or
 * French (Loon, Goose, Pine...). Editing the list changes future proposals only.
 */
// prettier-ignore
export const neutralAliasWords: readonly string[] = [
  // Trees
  'Alder', 'Arbutus', 'Birch', 'Cedar', 'Chestnut', 'Cottonwood', 'Cypress', 'Dogwood', 'Elm', 'Fir',
  'Hawthorn', 'Hickory', 'Larch', 'Linden', 'Maple', 'Oak', 'Poplar', 'Spruce', 'Sycamore', 'Tamarack',
  'Walnut',
  // Plants and flowers
  'Arnica', 'Aster', 'Bluebell', 'Bracken', 'Bulrush', 'Buttercup', 'Camas', 'Cattail', 'Clover', 'Crocus',
  'Dill', 'Fennel', 'Fireweed', 'Gentian', 'Goldenrod', 'Horsetail', 'Kelp', 'Larkspur', 'Lichen', 'Lupine',
  'Marigold', 'Milkweed', 'Mint', 'Moss', 'Orchid', 'Peony', 'Primrose', 'Salal', 'Saxifrage', 'Sedge',
  'Snowdrop', 'Sorrel', 'Sunflower', 'Thistle', 'Thyme', 'Trillium', 'Tulip', 'Yarrow',
  // Berries
  'Blueberry', 'Cloudberry', 'Cranberry', 'Gooseberry', 'Huckleberry', 'Salmonberry', 'Thimbleberry',
  // Birds
  'Auklet', 'Avocet', 'Bittern', 'Bluebird', 'Bobolink', 'Brant', 'Bufflehead', 'Bunting', 'Catbird',
  'Chickadee', 'Cormorant', 'Crane', 'Curlew', 'Dipper', 'Dunlin', 'Egret', 'Eider', 'Falcon', 'Finch',
  'Flicker', 'Gadwall', 'Godwit', 'Goldeneye', 'Grebe', 'Grosbeak', 'Harrier', 'Hawk', 'Heron',
  'Hummingbird', 'Ibis', 'Junco', 'Kestrel', 'Kingfisher', 'Kinglet', 'Lark', 'Mallard', 'Meadowlark',
  'Merganser', 'Murre', 'Nighthawk', 'Nuthatch', 'Oriole', 'Osprey', 'Owl', 'Pelican', 'Petrel',
  'Phalarope', 'Pintail', 'Pipit', 'Plover', 'Ptarmigan', 'Puffin', 'Quail', 'Sanderling', 'Sandpiper',
  'Scoter', 'Shearwater', 'Shoveler', 'Siskin', 'Sparrow', 'Starling', 'Stilt', 'Swift', 'Tanager', 'Teal',
  'Tern', 'Thrush', 'Towhee', 'Turnstone', 'Vireo', 'Warbler', 'Waxwing', 'Whimbrel', 'Wigeon',
  // Water
  'Cascade', 'Cove', 'Creek', 'Delta', 'Estuary', 'Fjord', 'Glacier', 'Harbour', 'Inlet', 'Lagoon', 'Marsh',
  'Pond', 'Rapids', 'Riffle', 'Sandbar', 'Shoal', 'Stream', 'Tide', 'Waterfall',
  // Land
  'Bluff', 'Boulder', 'Canyon', 'Cobble', 'Dune', 'Glade', 'Grove', 'Headland', 'Meadow', 'Mesa', 'Orchard',
  'Pebble', 'Plateau', 'Prairie', 'Ridge', 'Summit', 'Thicket', 'Tundra', 'Valley',
  // Stones
  'Agate', 'Basalt', 'Cobalt', 'Feldspar', 'Flint', 'Garnet', 'Granite', 'Marble', 'Mica', 'Obsidian',
  'Onyx', 'Pumice', 'Quartz', 'Shale', 'Slate', 'Topaz',
];
