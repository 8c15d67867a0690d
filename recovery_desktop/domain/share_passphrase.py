"""Suggesting a passphrase for the first exchange: common words, easy to say aloud.

The mentee and the mentor agree the first share's passphrase face to face, so it has to
survive being read out: plain lower-case nouns with one spelling, no sound-alikes
("ferry" but not "fairy"), and nothing that might land badly in recovery (no drinks,
pills, bars or betting). Five words from 1033 give about 50 bits, and each guess at an
age file costs a second of scrypt.
"""

from __future__ import annotations

import math
import secrets

#: A share passphrase must be at least this long (suggestions always are).
MIN_LENGTH = 12
#: Words in a suggestion.
WORD_COUNT = 5

# One word list as text, split once: a thousand quoted strings would read worse.
_WORD_TEXT = """
abbey accordion acorn actor album alcove alder algae alley alligator almond alpaca amber
anchor anemone angle ankle antelope anthem antler anvil apple apricot apron aquarium arcade
arch archer arena armchair arrow artichoke artist asparagus aspen atlas atrium attic aurora
autumn avocado award awning axle backpack badge badger bagel bagpipe baker balcony ballad
ballet balloon bamboo banana bandana banjo banner barley barn basil basket bassoon batter
beacon beagle beak bean beaver bed beehive beetle bell belt bench beret bicycle billow
binder bird biscuit bison blanket blender blimp blizzard blossom bluebell blueberry boat
bobcat bonfire bongo bonnet book bookmark boomerang boot border bounty bowl box bracelet
bracket bramble branch brass brave bread breeze brick bridge bristle broccoli brooch brook
broom bubble bucket buckle buffalo bugle bulldog bundle bungalow bunny burrito burrow bushel
butter button buzzard cabbage cabin cable caboose cactus cake calendar calf camel camellia
camera camp campfire canal candle candy canoe canopy canteen canvas canyon cape captain
caramel cardigan cargo caribou carnival carousel carpet carrot cart cashew casserole castle
cat catfish cauldron cavern cedar celery cello chair chalet chalk channel chapel chariot
cheese cheetah cherry chess chest chestnut chicken chimney chipmunk chive chorus chowder
cinema cinnamon circle circus citrus city clam clarinet clay clementine cliff cliffside
climb clock cloud clover coach coast coat cobalt cobbler cobweb cockatoo cocoa coconut
coffee column comet compass compost condor conifer cookbook cookie copper coral corn cottage
cotton couch cougar country cove cowboy coyote crab cradle cranberry crane crater crayon
creek crescent cricket crocus croissant crown crumpet cub cube cucumber cup cupboard cupcake
curtain cushion cycle cypress dahlia daisy dance dandelion dawn deck delta denim desert desk
dial diamond diary dinghy dingo dinner dolphin domino donkey door doorbell doorway dormouse
dove dragon dragonfly drawer dream dress drizzle drum duck dumpling dune dynamo eagle earth
easel echo eclipse eel egg eggplant elbow elder elephant elk elm ember emerald emu engine
envelope equator eraser espresso estuary evergreen fable fabric falafel falcon farm fawn
feather fence fennel fern ferret ferry fiddle field fig figurine film finch fire firefly
fireside fjord flag flame flamingo flannel flapjack fleece fleet flint flipper float floral
flurry flute foam fog foghorn folder foothill footpath forest fork forklift fossil fountain
fox frame freckle fresco fritter frog frost fruit fudge funnel gable galaxy galley gander
garden garlic garnet gate gazebo gazelle gecko gem geyser giant ginger gingham giraffe
glacier glade glider globe glove goat gold goldfish gondola goose gopher gosling gourd
granite grape grapefruit gravel gravy greenhouse griddle grotto grouse guava guitar gull
gumbo gumdrop haddock halibut hamlet hammer hammock hamster handbell harmonica harp harvest
hat hawk haystack hazel hazelnut headband heart heather hedge hedgehog helmet hen herb heron
hibiscus hickory hill hilltop hippo hive hobby hockey holly homestead honey honeybee hood
hook hoop horizon horn hornet horse hotel hound house husky hut iceberg icicle igloo iguana
impala index ink inkwell inlet insect iris island ivory ivy jackal jacket jaguar jam jar
jasmine jeans jelly jellybean jester jetty jewel jigsaw jockey journal judo juggler juice
jumper jungle juniper kale kangaroo kayak keel kelp kennel kettle key keystone kingfisher
kiosk kipper kitchen kite kitten kiwi koala labrador lacewing ladder ladle lagoon lake lamb
lamp lamplight landmark lantern lapel laptop larch lark lasso latch lattice laurel lava
lavender lawn leaf legend lemon lemonade lentil leopard letter lettuce level library
lighthouse lilac lily lime limerick limestone linen lion lizard llama lobster locket locust
lodge loft lollipop loom lotus lumber lunch macaroni magnet magnolia magpie mallard mammoth
mandolin mango mantis map maple maracas marble marigold market marmalade marmot marsh mask
mattress meadow meerkat melody melon merlin mermaid meteor milkshake millpond minnow mirror
mistletoe mitten moat mole monkey monsoon moon moorland moose morning mosaic mosquito moss
moth motor mountain mouse mudflat muffin mulberry mural museum music mustang mustard napkin
narwhal nature nautilus nectar nest net newt nomad noodle north notebook nugget nut nutmeg
oak oasis oatcake oatmeal oboe ocean ocelot octopus office olive onion opal opera orange
orbit orca orchard orchid organ origami osprey ostrich otter outpost oven overcoat owl
oyster paddle page pagoda paint paisley palace palm pampas pancake panda panther pantry
papaya paper paprika parade parcel park parrot parsley parsnip pasta pastry pasture
patchwork path pavilion peach peacock peanut peapod pebble pecan pelican pencil pendulum
penguin pepper peppermint periwinkle petunia pheasant piano piccolo pickle picnic pigeon
pillow pilot pine pineapple pinecone pinwheel pirate pistachio pixel pizza placemat planet
plank plaza plum plume pocket poem polar polka pond pony poodle popcorn porch porcupine
porridge portrait postcard potato pottery prairie pretzel prism pudding puffin pullover puma
pumpkin puppet puppy puzzle pyramid quail quarry quartz queen quest quill quilt quince
quokka rabbit raccoon radar radiator radio radish raft rafter railway rainbow raisin rambler
rampart ranch raspberry rattle raven recipe redwood reef reindeer rhubarb ribbon rice
rickshaw riddle ridge river riverbank roadrunner robin robot rocket rockpool rodeo roof
rooster rope rose rosebud rosemary rover rowboat ruby rucksack rug ruler saddle saffron sage
sailor salad salmon sandal sandbar sandcastle sapphire sardine satchel saucer sawmill
saxophone scallop scarecrow scarf school scooter scroll seagull seahorse seal seashell
season seed shadow shark shelf shell shepherd sherbet ship shortbread shovel shrimp signpost
silver skate sketch ski skylark skyline slate sled slipper snail snapdragon snorkel snowdrop
soap soccer sock sofa sorbet soup spade spaniel sparrow spatula spider spinach sponge spoon
spring sprout spruce squash squid squirrel stable stage stallion stamp star starfish statue
steeple stirrup stork strawberry stream street studio sugar suitcase summer summit sundial
sunflower sunlight sunset swallow swan sweater sycamore table taco tadpole tambourine
tangerine tango tapestry tapir tartan teacup teapot teaspoon tennis tent terrace terrier
thimble thistle thread thrush thumb thunder ticket tiger timber toadstool toboggan toffee
token tomato tomcat topaz topsoil torch tortoise toucan tower towpath tractor trail train
treasure tree treetop trellis triangle trinket trophy trout truffle trumpet tugboat tulip
tuna tundra tunnel turnip turquoise turtle tuxedo twig umbrella unicorn upland urchin valley
vanilla vase velvet viaduct village violet violin volcano voyage vulture waffle wagon
walkway wallaby walnut walrus wand warbler wardrobe waterfall watermelon wave weasel wetland
whale wheat wheel whippet whistle wildcat willow windmill window winter wisteria wizard wolf
wombat woodland woodpecker wool workshop wren yacht yak yardstick yarn yarrow yellow yodel
zebra zeppelin zinnia zipper
"""
WORDS: tuple[str, ...] = tuple(_WORD_TEXT.split())


def suggest(count: int = WORD_COUNT) -> str:
    """A new random passphrase of ``count`` different words separated by spaces.

    No word twice: "lattice lattice" is easy to mishear as one word said once.
    """
    return " ".join(secrets.SystemRandom().sample(WORDS, count))


def bits(count: int = WORD_COUNT) -> float:
    """How many bits of randomness a suggestion of ``count`` different words carries."""
    return sum(math.log2(len(WORDS) - taken) for taken in range(count))
